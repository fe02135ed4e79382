import Testing
@_spi(Stages) @testable import SummarizeCore

/// Whatever text holds, the XML writer keeps it character data: no markup, nothing XML 1.0 cannot hold.
@Suite struct XMLWriterTests {
    /// U+FFFE and U+FFFF, which a Swift string literal cannot spell.
    static let nonCharacters = String(String.UnicodeScalarView([Unicode.Scalar(0xFFFE)!, Unicode.Scalar(0xFFFF)!]))

    /// Writes `<w:t>` runs for `text` as a fragment.
    static func run(_ text: String) -> String {
        var writer = XMLWriter(declaration: false)
        writer.element("w:r") { $0.runText(text) }
        return writer.document
    }

    @Test(arguments: [
        ("</w:t><w:p>", "&lt;/w:t&gt;&lt;w:p&gt;"),
        ("]]>", "]]&gt;"),
        ("&amp;", "&amp;amp;"),
        ("a\"b'c", "a&quot;b&apos;c"),
        ("<![CDATA[x]]>", "&lt;![CDATA[x]]&gt;"),
        ("<?xml version=\"1.0\"?>", "&lt;?xml version=&quot;1.0&quot;?&gt;"),
        ("&#60;script&#62;", "&amp;#60;script&amp;#62;"),
    ])
    func escapesMarkup(_ text: String, _ escaped: String) {
        #expect(XMLWriter.escapedText(text) == escaped)
        #expect(XMLWriter.escapedAttribute(text) == escaped)
    }

    @Test func dropsWhatXMLCannotHold() {
        #expect(XMLWriter.escapedText("控制\u{0007}字符\u{0000}和\u{001B}[31m\u{000B}\u{000C}" + Self.nonCharacters) == "控制字符和[31m")
        // DEL, C1 controls and noncharacters other than U+FFFE/FFFF are legal XML 1.0 characters.
        let legal = "\u{007F}\u{0085}" + String(Unicode.Scalar(0xFDD0)!)
        #expect(XMLWriter.escapedText(legal) == legal)
    }

    @Test func keepsEverythingElse() {
        for text in ["\u{202E}txt.exe\u{202C} \u{2066}隔離\u{2069} \u{200F}\u{200E}\u{FEFF}", "😀👩‍👩‍👧", "e\u{301}\u{59E}d",
                     "全角　空格", "\u{10FFFF}\u{E000}"] {
            #expect(XMLWriter.escapedText(text) == text)
        }
    }

    @Test func keepsLineBreaksInAttributesAndCarriageReturnsEverywhere() {
        #expect(XMLWriter.escapedAttribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
        #expect(XMLWriter.escapedText("a\tb\nc\rd") == "a\tb\nc&#13;d")
    }

    @Test func writesElementsAndAttributesInOrder() {
        var writer = XMLWriter()
        writer.element("w:p", [("w:rsidR", "00\"<>")]) { writer in
            writer.empty("w:pStyle", [("w:val", "BodyText"), ("w:x", "1")])
            writer.element("w:t", text: "")
        }
        #expect(writer.document == XMLWriter.declaration
                    + #"<w:p w:rsidR="00&quot;&lt;&gt;"><w:pStyle w:val="BodyText" w:x="1"/><w:t></w:t></w:p>"#)
    }

    @Test func runTextTurnsBreaksAndTabsIntoElements() {
        #expect(Self.run("一\n二\r\n三\r四\t五") == "<w:r><w:t>一</w:t><w:br/><w:t>二</w:t><w:br/><w:t>三</w:t><w:br/>"
                    + "<w:t>四</w:t><w:tab/><w:t>五</w:t></w:r>")
        #expect(Self.run("\n\n") == "<w:r><w:br/><w:br/></w:r>")
        #expect(Self.run("") == "<w:r></w:r>")
    }

    @Test(arguments: [" a", "a ", "a  b", " ", "a\n b"])
    func preservesSignificantSpaces(_ text: String) {
        #expect(Self.run(text).contains(#"<w:t xml:space="preserve">"#))
    }

    @Test func leavesSingleInnerSpacesAlone() {
        #expect(Self.run("a b 中文 c") == "<w:r><w:t>a b 中文 c</w:t></w:r>")
    }

    @Test func runTextDropsControlsAndEscapes() {
        #expect(Self.run("</w:t><w:p>\u{0}x") == "<w:r><w:t>&lt;/w:t&gt;&lt;w:p&gt;x</w:t></w:r>")
    }

    /// Random text from markup characters, whitespace, controls and Chinese comes out of the writer as character
    /// data that decodes to exactly the text with what XML cannot hold removed, and that holds no markup.
    @Test func randomTextDecodesToItself() throws {
        let alphabet: [String] = ["<", ">", "&", "\"", "'", "]]>", "&amp;", "</w:t>", "中", "，", " ", "  ", "\t", "\n", "\r",
                                  "\r\n", "\u{0}", "\u{7}", "\u{1B}", Self.nonCharacters, "😀", "e\u{301}", "\u{202E}", "a", "1"]
        var random = SeededGenerator(seed: 9704)
        for _ in 0..<2_000 {
            let length = Int(random.next() % 20)
            let text = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            let escaped = XMLWriter.escapedText(text)
            #expect(!escaped.contains("<") && !escaped.contains(">"))
            let decoded = try XMLScanner.decodeReferences(escaped, offset: 0)
            let expected = String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLWriter.isAllowed)))
            #expect(decoded == expected, "\(text.debugDescription)")
        }
    }
}
