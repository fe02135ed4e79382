import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// Whatever a data value holds, the report shows it as the text it is: it adds no element, attribute or link.
@Suite struct HostileDataTests {
    static let hostile: [(name: String, text: String)] = [
        ("script", "<script>alert('報告')</script>"),
        ("event handler", "<img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">點我</a>"),
        ("javascript link", "[點我](javascript:alert(1)) <javascript:alert(1)> [x](vbscript:y) [y](data:text/html,z)"),
        ("autolinks", "<https://example.com> www.example.com http://example.com/?a=1&b=2 someone@example.com"),
        ("emphasis and code", "**粗體** __粗__ *斜體* _斜_ `代碼` ~~刪除~~"),
        ("block starts", "# 標題\n\n- 列表\n\n1. 列表\n\n> 引用\n\n    縮排代碼\n\n```\n圍欄\n```\n\n---\n\n***\n\n===\n\n| a | b |"),
        ("images and references", "![圖](x.png) [參考][1]\n\n[1]: http://example.com \"title\""),
        ("entities", "&amp; &lt;b&gt; &#x3C;script&#x3E; &#60; &copy; &nbsp; &"),
        ("html comment and cdata", "<!-- 註釋 --> <![CDATA[x]]> <?php ?> <!DOCTYPE html>"),
        ("backslashes", "\\*不是斜體\\* \\\\ \\"),
        ("control characters", "控制\u{0007}字符\u{0000}和\u{001B}[31m紅色\u{007F}\u{0085}"),
        ("bidi controls", "\u{202E}txt.exe\u{202C} \u{2066}隔離\u{2069} \u{200F}\u{200E}\u{FEFF}"),
        ("many brackets", String(repeating: "[", count: 5_000) + "a" + String(repeating: "](", count: 2_000)),
        ("many stars", String(repeating: "*", count: 5_000) + "a" + String(repeating: "_", count: 5_000)),
        ("many angles", String(repeating: "<", count: 5_000) + String(repeating: "<a", count: 2_000)),
        ("many backticks", String(repeating: "`", count: 5_000) + "a" + String(repeating: "``", count: 2_000)),
        ("nested emphasis", String(repeating: "*a **b ", count: 2_000)),
    ]

    /// A report whose every text field holds `text`, as the loader would have normalized it.
    static func report(holding raw: String) -> Report {
        let text = PlainText.normalize(raw, style: .literal)
        let line = PlainText.singleLine(text)
        let subitem = Entry(title: line, text: text)
        let item = Entry(title: line, text: text, items: [subitem, Entry(text: text)])
        let entry = Entry(title: line, text: text, items: [item, Entry(text: text)])
        var report = Report.summary(
            organization: line, title: line, date: ReportDate("2016-07-08"),
            intro: text, achievements: [entry, Entry(text: text)], highlights: [entry],
            metrics: [Metric(name: line, value: "1200", amount: 1200, unit: line)],
            problems: [entry], suggestions: [entry], plans: [entry])
        report.sections.append(Section(key: line, known: nil, heading: line, lead: text, numbering: .items,
                                       content: .entries([item, Entry(title: line + "。", text: text, responsible: [line])])))
        return report
    }

    static func renderedBody(holding text: String, locale: ReportLocale) throws -> HTMLFragment {
        var report = report(holding: text)
        report.locale = locale
        return HTMLFragment.body(of: try TestSupport.html(report))
    }

    @Test(arguments: hostile.map(\.name), ReportLocale.allCases)
    func addsNoMarkup(_ name: String, locale: ReportLocale) throws {
        let text = try #require(Self.hostile.first { $0.name == name }).text
        // The same number of paragraphs, with harmless text.
        let paragraphs = PlainText.normalize(text, style: .literal).split(separator: "\n\n")
        let baseline = try Self.renderedBody(holding: paragraphs.map { _ in "甲乙丙" }.joined(separator: "\n\n"), locale: locale)
        let body = try Self.renderedBody(holding: text, locale: locale)
        #expect(body.elements == baseline.elements)
        #expect(body.attributes == baseline.attributes)
        #expect(baseline.elements["p", default: 0] > 10, "the baseline shows the text in many places")
    }

    @Test(arguments: hostile.map(\.name))
    func showsTheTextAsTyped(_ name: String) throws {
        let raw = try #require(Self.hostile.first { $0.name == name }).text
        let body = try Self.renderedBody(holding: raw, locale: .zhHant)
        let text = PlainText.normalize(raw, style: .literal)
        // The introduction is the first paragraphs of the body: the whole text, paragraph by paragraph.
        let paragraphs = text.split(separator: "\n\n").map(String.init)
        #expect(Array(body.paragraphs.prefix(paragraphs.count)) == paragraphs)
        #expect(body.text.contains(PlainText.singleLine(text)), "headings and table cells show it on one line")
    }

    @Test func dropsInvisibleControls() {
        let text = PlainText.normalize(Self.hostile.first { $0.name == "bidi controls" }!.text, style: .literal)
        #expect(text == "txt.exe 隔離")
        #expect(PlainText.normalize("控制\u{0007}字符\u{0000}", style: .literal) == "控制字符")
    }

    /// A blank followed by a combining mark is one character but two scalars; CommonMark strips the blank, so the
    /// plain text must too, or the report would not show the text as normalized (found by the property test).
    @Test func trimsABlankBeforeACombiningMark() {
        #expect(PlainText.normalize("\t\u{0301}。", style: .literal) == "\u{0301}。")
        #expect(HTMLFragment(CommonMark().html(from: MarkdownText.escape("\u{059E}d"))).paragraphs == ["\u{059E}d"])
    }

    /// Random strings of Markdown and HTML punctuation, Chinese text and whitespace come out of escaping and cmark
    /// as exactly their normalized plain text, paragraph for paragraph.
    @Test func escapedTextSurvivesCommonMark() {
        let alphabet: [String] = Array("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").map(String.init)
            + ["中", "文", "，", "。", "「", "」", "（", "）", "a", "1", " ", "  ", "\n", "\n\n", "\t", "\u{3000}", "&amp;", "&#60;",
               "<p>", "</p>", "](", "```", "    ", "- ", "1. ", "# ", "> ", "\r\n", "é", "\u{301}", "😀"]
        var random = SeededGenerator(seed: 2016)
        var failures: [String] = []
        for _ in 0..<3_000 {
            let length = Int(random.next() % 40)
            let raw = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            let text = PlainText.normalize(raw, style: .literal)
            let html = CommonMark().html(from: MarkdownText.escape(text))
            let expected = text.isEmpty ? [] : text.split(separator: "\n\n").map(String.init)
            let fragment = HTMLFragment(html)
            if fragment.paragraphs != expected || Set(fragment.elements.keys) != (expected.isEmpty ? [] : ["p"]) {
                failures.append(raw)
            }
        }
        #expect(failures.isEmpty, "\(failures.count) strings did not survive, e.g. \(failures.prefix(3).map(\.debugDescription))")
    }
}
