import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// A user's reference .docx gives the report its styles and page; our missing styles are added.
@Suite struct ReferenceDocumentTests {
    /// A package with the given main part and styles part, as another application might save it.
    static func package(document: String, styles: String) throws -> Data {
        try WordPackage(document: Data(document.utf8), parts: [
            .init(name: "word/styles.xml", contentType: WordNamespace.wordContentType("styles"),
                  relationshipType: WordNamespace.relationshipType("styles"), isPackageRelationship: false, data: Data(styles.utf8)),
        ]).zipped()
    }

    /// Styles as Chinese Word saves them: localized IDs (Normal = a, heading 1 = 1), another prefix for the
    /// WordprocessingML namespace, and an ID of ours taken by a style of another name.
    static let chineseWordStyles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <x:styles xmlns:x="\(WordNamespace.main)"><x:docDefaults><x:rPrDefault><x:rPr><x:rFonts x:eastAsia="仿宋_GB2312"/>\
        <x:sz x:val="32"/></x:rPr></x:rPrDefault></x:docDefaults>\
        <x:style x:type="paragraph" x:default="1" x:styleId="a"><x:name x:val="Normal"/><x:pPr><x:jc x:val="both"/></x:pPr></x:style>\
        <x:style x:type="paragraph" x:styleId="1"><x:name x:val="Heading 1"/><x:basedOn x:val="a"/><x:rPr><x:rFonts x:eastAsia="黑体"/></x:rPr></x:style>\
        <x:style x:type="paragraph" x:styleId="a3"><x:name x:val="title"/><x:basedOn x:val="a"/></x:style>\
        <x:style x:type="character" x:default="1" x:styleId="a0"><x:name x:val="Default Paragraph Font"/></x:style>\
        <x:style x:type="paragraph" x:customStyle="1" x:styleId="SignatureDate"><x:name x:val="Something Else"/></x:style>\
        </x:styles>
        """

    static let chineseWordDocument = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(WordNamespace.main)" xmlns:r="\(WordNamespace.relationships)"><w:body>\
        <w:p><w:pPr><w:sectPr><w:pgSz w:w="1" w:h="2"/></w:sectPr></w:pPr></w:p>\
        <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588" \
        w:header="851" w:footer="1418" w:gutter="0"/><w:cols w:space="425"/>\
        <w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr></w:body></w:document>
        """

    @Test func readsItsOwnDefaultReferenceBackUnchanged() throws {
        for locale in ReportLocale.allCases {
            let reference = try ReferenceDocument(data: WordDocument.defaultReference(locale: locale), file: "reference.docx", locale: locale)
            #expect(reference.pageSetup == .gbt9704)
            #expect(reference.styles.xml == WordStyleSheet.standard(.for(locale), pageSetup: .gbt9704).xml, "nothing added")
            #expect(WordStyle.allCases.allSatisfy { reference.styles.id($0) == $0.id })
        }
    }

    @Test func mapsStylesByNameAndAddsTheMissingOnes() throws {
        let data = try Self.package(document: Self.chineseWordDocument, styles: Self.chineseWordStyles)
        let reference = try ReferenceDocument(data: data, file: "reference.docx", locale: .zhHans)
        #expect(reference.styles.id(.normal) == "a")
        #expect(reference.styles.id(.heading1) == "1", "matched by name, whatever the case")
        #expect(reference.styles.id(.title) == "a3")
        #expect(reference.styles.id(.defaultParagraphFont) == "a0")
        #expect(reference.styles.id(.signatureDate) == "SignatureDate1", "its ID was taken by another style")
        #expect(reference.styles.id(.bodyText) == "BodyText")
        let xml = reference.styles.xml
        #expect(xml.hasPrefix(String(Self.chineseWordStyles.dropLast("</x:styles>".count))), "the reference's styles kept as they are")
        #expect(xml.contains(#"<w:style xmlns:w="\#(WordNamespace.main)" w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="a"/>"#))
        #expect(!xml.contains(#"w:styleId="Heading1""#), "heading 1 is the reference's")
        #expect(xml.components(separatedBy: "w:default=").count == 1, "no added style is a default")
        // The body's page: its last sectPr, not the one of a section break.
        #expect(reference.pageSetup.bottom == 1985 && reference.pageSetup.left == 1588 && reference.pageSetup.footer == 1418)
        #expect(reference.pageSetup.charSpace == -849)
    }

    @Test func theReportInAReferencesStylesPassesTheChecks() throws {
        let reference = try ReferenceDocument(data: Self.package(document: Self.chineseWordDocument, styles: Self.chineseWordStyles),
                                              file: "reference.docx", locale: .zhHant)
        let docx = try WordDocument.package(WordTestSupport.sampleContent(), reference: reference)
        let xml = String(decoding: WordDocument.parts(try WordTestSupport.sampleContent(), reference: reference).document, as: UTF8.self)
        #expect(xml.contains(#"<w:pStyle w:val="1"/>"#))
        #expect(xml.contains(#"<w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588" w:header="851" w:footer="1418""#))
        guard let result = try DocxChecker.check(docx, ["--sample", "--margins", "2098,1474,1985,1588", "--grid", "linesAndChars,579,-849"])
        else { return }
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func readsStrictFilesAndUniversalMeasures() throws {
        let styles = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="\(WordNamespace.strictMain)"><w:style w:type="paragraph" w:default="1" w:styleId="Normal">\
            <w:name w:val="Normal"/></w:style></w:styles>
            """
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(WordNamespace.strictMain)"><w:body><w:sectPr><w:pgSz w:w="21cm" w:h="297mm"/>\
            <w:pgMar w:top="37mm" w:right="26mm" w:bottom="35mm" w:left="28mm" w:header="0" w:footer="1in" w:gutter="0"/>\
            <w:docGrid w:type="lines" w:linePitch="28.95pt"/></w:sectPr></w:body></w:document>
            """
        let reference = try ReferenceDocument(data: Self.package(document: document, styles: styles), file: "strict.docx", locale: .zhHans)
        #expect(reference.pageSetup.width == 11906 && reference.pageSetup.height == 16838)
        #expect(reference.pageSetup.top == 2098 && reference.pageSetup.right == 1474 && reference.pageSetup.left == 1587)
        #expect(reference.pageSetup.footer == 1440 && reference.pageSetup.linePitch == 579 && reference.pageSetup.gridType == .lines)
        #expect(reference.styles.xml.contains(#"<w:styles xmlns:w="\#(WordNamespace.main)">"#), "renamed into Transitional")
        #expect(!reference.styles.xml.contains("purl.oclc.org"))
        #expect(reference.styles.id(.normal) == "Normal")
    }

    @Test func aFileThatIsNoWordDocumentIsADiagnostic() throws {
        let error = #expect(throws: DiagnosticError.self) {
            try ReferenceDocument(data: Data("PK? no".utf8), file: "Templates/zh-Hans/reference.docx", locale: .zhHans)
        }
        #expect(error?.description == """
            Templates/zh-Hans/reference.docx: error: the reference document is not a Word document (.docx): it is not a ZIP archive
              hint: save it from Word or WPS as a Word document (.docx), or write a fresh one with `summarize templates --reference-docx Templates/zh-Hans/reference.docx`
            """)
        let broken = try Self.package(document: Self.chineseWordDocument, styles: "<w:styles xmlns:w=\"\(WordNamespace.main)\"><w:style>")
        let malformed = #expect(throws: DiagnosticError.self) {
            try ReferenceDocument(data: broken, file: "reference.docx", locale: .zhHans)
        }
        #expect(malformed?.description.hasPrefix("reference.docx: error: the reference document's part styles.xml is not well-formed XML: ") == true)
    }

    @Test func isFoundInTheLocalesTemplatesFolder() throws {
        try TestFiles.withTemporaryFolder { folder in
            #expect(try ReferenceDocument.load(templatesDirectory: folder, locale: .zhHans) == nil)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("zh-Hans"), withIntermediateDirectories: true)
            try WordDocument.defaultReference(locale: .zhHans).write(to: folder.appendingPathComponent("zh-Hans/reference.docx"))
            #expect(try ReferenceDocument.load(templatesDirectory: folder, locale: .zhHans)?.pageSetup == .gbt9704)
        }
    }

    @Test(arguments: ReportLocale.allCases)
    func theDefaultReferenceUsesEveryStyleAndPassesTheChecks(_ locale: ReportLocale) throws {
        let xml = String(decoding: WordDocument.parts(WordDocument.defaultReferenceContent(locale: locale), reference: nil).document,
                         as: UTF8.self)
        for style in WordStyle.allCases where style.kind == .paragraph && ![.normal, .footer].contains(style) {
            #expect(xml.contains(#"<w:pStyle w:val="\#(style.id)"/>"#), "\(style)")
        }
        #expect(xml.contains(#"<w:rStyle w:val="RunInHeading2"/>"#) && xml.contains(#"<w:rStyle w:val="RunInHeading3"/>"#))
        #expect(xml.contains(#"<w:tblStyle w:val="TableGrid"/>"#))
        let docx = try WordDocument.defaultReference(locale: locale)
        try WordTestSupport.keep(docx, as: "reference-\(locale).docx")
        guard let result = try DocxChecker.check(docx) else { return }
        #expect(result.status == 0, "\(result.output)")
    }
}
