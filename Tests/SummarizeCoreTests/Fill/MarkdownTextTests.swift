import Testing
@_spi(Stages) @testable import SummarizeCore

/// Data is plain text: whatever a value holds must come out of the Markdown pipeline as exactly that text.
@Suite struct MarkdownTextTests {
    let commonMark = CommonMark()

    /// Renders a value the way a template puts it in a paragraph, and returns the paragraphs' text and the elements.
    func roundTrip(_ text: String) -> (paragraphs: [String], elements: [String]) {
        let html = commonMark.html(from: MarkdownText.escape(text))
        return (TestSupport.texts(of: "p", in: html), TestSupport.elementNames(in: html))
    }

    @Test(arguments: [
        "科協*年工作總的指導思想是:以黨的*屆六中全會",
        "*emphasis* and **strong** and _under_ and __score__",
        "# not a heading", "1. not a list", "- not a list", "+ not a list", "> not a quote",
        "[link](http://example.com) and ![image](x.png)", "<script>alert(1)</script>", "<b>bold</b>",
        "&amp; &lt; &#60; &copy;", "`code` and ``more``", "***", "---", "===", "| a | b |",
        "javascript:alert(1)", "<javascript:alert(1)>", "<http://example.com>", "line ending with backslash\\",
        "\\*already escaped\\*", "~~strike~~", "1) numbered", "    indented four spaces",
    ])
    func punctuationStaysLiteral(_ text: String) {
        let (paragraphs, elements) = roundTrip(text)
        #expect(paragraphs == [PlainText.normalize(text, style: .literal)])
        #expect(elements == ["p"], "one paragraph element and no other markup")
    }

    @Test func paragraphsStayParagraphs() {
        let (paragraphs, elements) = roundTrip("第一段 *一*\n\n# 第二段")
        #expect(paragraphs == ["第一段 *一*", "# 第二段"])
        #expect(elements.filter { $0 != "p" }.isEmpty)
    }
}
