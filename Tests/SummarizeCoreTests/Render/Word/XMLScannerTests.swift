import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct XMLScannerTests {
    static func starts(_ xml: String) throws -> [XMLScanner.Element] {
        var elements: [XMLScanner.Element] = []
        try XMLScanner(xml).scan { event in
            if case let .start(element) = event { elements.append(element) }
        }
        return elements
    }

    @Test func resolvesNamespacesWhateverThePrefix() throws {
        let xml = """
            <?xml version="1.0"?><!-- a comment with <w:fake/> --><x:styles xmlns:x="\(WordNamespace.main)">\
            <x:style x:styleId='1' plain="a&amp;b&#x4E2D;&#25991;"><![CDATA[<x:not/>]]><x:name x:val="heading 1"/></x:style></x:styles>
            """
        let elements = try Self.starts(xml)
        #expect(elements.map(\.name.localName) == ["styles", "style", "name"])
        #expect(elements.allSatisfy { $0.name.namespace == WordNamespace.main })
        #expect(elements[0].prefix == "x")
        #expect(elements[1].attribute(WordNamespace.main, "styleId") == "1")
        #expect(elements[1].attribute(nil, "plain") == "a&b中文")
        #expect(elements[2].attribute(WordNamespace.main, "val") == "heading 1")
        #expect(elements[2].isEmpty)
    }

    @Test(arguments: [
        "<a><b></a></b>",
        "<a>",
        "<a/><b/>",
        "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>",
        "<p:a/>",
        "<a b=\"1\" b=\"2\"/>",
        "<a b=1/>",
        "<a b=\"&bogus;\"/>",
        "",
    ])
    func refusesMalformedXML(_ xml: String) {
        #expect(throws: XMLScanner.Malformed.self) { try Self.starts(xml) }
    }
}
