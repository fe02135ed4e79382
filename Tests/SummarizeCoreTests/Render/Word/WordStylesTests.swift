import Testing
@_spi(Stages) @testable import SummarizeCore

/// The styles, page, footers and signature of GB/T 9704 as WordprocessingML.
@Suite struct WordStylesTests {
    static func style(_ id: String, in xml: String) -> String {
        xml.components(separatedBy: "w:styleId=\"\(id)\">").dropFirst().first?.components(separatedBy: "</w:style>").first ?? ""
    }

    @Test(arguments: ReportLocale.allCases)
    func namesEveryStyleAsWordDoes(_ locale: ReportLocale) {
        let xml = WordStyleSheet.standard(.for(locale), pageSetup: .gbt9704).xml
        for style in WordStyle.allCases {
            #expect(xml.contains("w:styleId=\"\(style.id)\"><w:name w:val=\"\(style.name)\"/>"), "\(style)")
        }
        #expect(xml.contains(#"w:styleId="Heading1"><w:name w:val="heading 1"/>"#))
        #expect(!xml.contains("Theme"), "no theme fonts")
    }

    @Test func chineseLevelsAreToldApartByFaceNotWeight() {
        let xml = WordStyleSheet.standard(.for(.zhHans), pageSetup: .gbt9704).xml
        #expect(Self.style("Title", in: xml).contains(
            #"<w:rFonts w:ascii="方正小标宋简体" w:hAnsi="方正小标宋简体" w:eastAsia="方正小标宋简体" w:cs="方正小标宋简体" w:hint="eastAsia"/><w:sz w:val="44"/>"#))
        #expect(Self.style("Heading1", in: xml).contains(#"w:eastAsia="黑体""#))
        #expect(Self.style("Heading2", in: xml).contains(#"w:eastAsia="楷体""#))
        #expect(Self.style("RunInHeading2", in: xml).contains(#"w:eastAsia="楷体""#))
        for id in ["Title", "Heading1", "Heading2", "RunInHeading2", "Heading4", "BodyText"] {
            #expect(!Self.style(id, in: xml).contains("<w:b/>"), "\(id) is not bold")
        }
        #expect(Self.style("Heading3", in: xml).contains(#"w:eastAsia="仿宋" w:hint="eastAsia"/><w:b/>"#))
        #expect(Self.style("RunInHeading3", in: xml).contains("<w:b/><w:bCs/>"))
        #expect(Self.style("Heading1", in: xml).contains(#"<w:keepNext/><w:outlineLvl w:val="0"/>"#))
        #expect(Self.style("Heading4", in: xml).contains(#"<w:outlineLvl w:val="3"/>"#))
        let normal = Self.style("Normal", in: xml)
        #expect(normal.contains(#"<w:widowControl w:val="0"/><w:ind w:firstLineChars="200" w:firstLine="632"/><w:jc w:val="both"/>"#))
        #expect(xml.contains(#"<w:lang w:val="en-US" w:eastAsia="zh-CN"/>"#))
        #expect(xml.contains(#"w:eastAsia="仿宋" w:cs="Times New Roman" w:hint="eastAsia"/><w:kern w:val="2"/><w:sz w:val="32"/>"#))
    }

    @Test func traditionalChineseUsesTheGBKTitleFaceAndTaiwanLanguage() {
        let xml = WordStyleSheet.standard(.for(.zhHant), pageSetup: .gbt9704).xml
        #expect(Self.style("Title", in: xml).contains(#"w:eastAsia="方正小标宋_GBK""#))
        #expect(xml.contains(#"<w:lang w:val="en-US" w:eastAsia="zh-TW"/>"#))
    }

    @Test func englishIsRaggedRightInTimesAndArial() {
        let xml = WordStyleSheet.standard(.for(.en), pageSetup: .gbt9704).xml
        #expect(!Self.style("Normal", in: xml).contains("firstLineChars=\"200\""))
        #expect(Self.style("Heading1", in: xml).contains(#"w:ascii="Arial""#))
        #expect(!xml.contains("w:hint"), "Latin punctuation keeps the Latin face")
    }

    @Test func signatureAndFooterAsGBT9704PlacesThem() {
        let xml = WordStyleSheet.standard(.for(.zhHans), pageSetup: .gbt9704).xml
        #expect(Self.style("Signature", in: xml).contains(
            #"<w:keepNext/><w:keepLines/><w:spacing w:before="579"/><w:ind w:rightChars="200" w:right="632" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/>"#))
        #expect(Self.style("Footer", in: xml).contains(#"<w:sz w:val="28"/>"#))
        #expect(Self.style("Footer", in: xml).contains(#"w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体""#))
        let styles = WordStyleSheet.standard(.for(.zhHans), pageSetup: .gbt9704)
        let odd = WordFooter.xml(.odd, styles: styles), even = WordFooter.xml(.even, styles: styles)
        #expect(odd.contains(#"<w:ind w:right="280"/><w:jc w:val="right"/>"#))
        #expect(even.contains(#"<w:ind w:left="280"/><w:jc w:val="left"/>"#))
        #expect(odd.contains(#"<w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText>"#))
    }

    @Test func pageIsGBT9704() {
        var writer = XMLWriter(declaration: false)
        WordPageSetup.gbt9704.write(to: &writer)
        #expect(writer.document == #"<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1307" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-841"/>"#)
        #expect(WordPageSetup.gbt9704.typeAreaWidth == 8845)
        #expect(abs(WordPageSetup.gbt9704.characterPitch(normalSize: 32) * 28 - 8845) < 1)
        #expect(WordPageSetup.gbt9704.forLibreOffice.gridType == .lines)
        #expect(WordPageSetup.gbt9704.libreOfficeCharacterSpacing == -5)
    }

    /// GB/T 9704 §7.3.5.2: the name 2 characters from the right, the date starting 2 characters right of the name.
    @Test func signatureIndents() {
        let pitch = WordPageSetup.gbt9704.characterPitch(normalSize: 32)
        let sample = WordSignature.paragraphs(organization: "北海市海城区科学技术局", date: "2016年7月8日", characterPitch: pitch)
        #expect(sample.map(\.style) == [.signature, .signatureDate])
        #expect(sample[0].rightIndent == nil, "the style's 2 characters")
        #expect(sample[1].rightIndent == .init(hundredthsOfCharacter: 400, twips: 1264))
        // A name shorter than the date: the date keeps 2 characters, the name moves left.
        let short = WordSignature.paragraphs(organization: "科技局", date: "2016年12月31日", characterPitch: pitch)
        #expect(short[1].rightIndent == nil)
        #expect(short[0].rightIndent?.hundredthsOfCharacter == Int(((WordSignature.width(of: "2016年12月31日") - 3 + 4) * 100).rounded()))
        #expect(WordSignature.paragraphs(organization: "科技局", date: nil, characterPitch: pitch).count == 1)
        #expect(abs(WordSignature.width(of: "2016年7月8日") - 7) < 0.001)
    }
}
