import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The Swift walk over cmark's node tree writes the same HTML as cmark's own renderer, plus the styles.
@Suite struct StyledHTMLTests {
    static let samples = [
        "## 一、上半年工作成績\n\n### （一）認真做好\n\n正文 *強調* **加粗** `code` 與 [鏈接](https://example.gov.cn/a?b=1&c=2 \"標題\")。",
        "- one\n- two\n\n1. a\n2. b\n\n3) c\n4) d",
        "- loose\n\n- list\n\n  with two paragraphs",
        "> quote\n>\n> - item",
        "```swift\nlet x = \"<&>\"\n```\n\n    indented <code>",
        "***\n\nhard  \nbreak and \\\nbackslash break",
        "<div>raw</div>\n\ninline <b>raw</b> html",
        "[bad](javascript:alert(1)) [vb](VBScript:x) [data](data:text/html,x) [ok](data:image/png;base64,AAAA) [space](</a b>)",
        "###### six\n\n##### five\n\n\\*not emphasis\\* 1\\. not a list",
        "[全形](https://例子.中國/路徑?q=中文)",
    ]

    @Test(arguments: samples)
    func matchesCmarkWithoutStyles(_ markdown: String) {
        let expected = CommonMark().html(from: markdown)
        let actual = StyledHTML(styles: StyleTable(), softBreak: .space).render(CommonMark().blocks(from: markdown))
        #expect(actual == expected)
    }

    @Test func addsEachElementsStyle() throws {
        let styles = try StyleTable.parse("h2 { font-size: 17px; } p { text-indent: 2em; } a { color: #1a4d8f; }", file: "s.css")
        let html = StyledHTML(styles: styles, softBreak: .join).render(CommonMark().blocks(from: "## 一、標題\n\n正文[鏈接](https://example.gov.cn)"))
        #expect(html == "<h2 style=\"font-size:17px\">一、標題</h2>\n<p style=\"text-indent:2em\">正文<a href=\"https://example.gov.cn\" style=\"color:#1a4d8f\">鏈接</a></p>\n")
    }

    /// A line break inside a paragraph of a Chinese template must not show as a gap (browsers render "\n" between Han
    /// as a space); in an English one it is a space.
    @Test(arguments: [
        ("第一行\n第二行", SoftBreak.join, "<p>第一行第二行</p>\n"),
        ("資料\n1200份", .join, "<p>資料1200份</p>\n"),
        ("**1.**\n3月5日", .join, "<p><strong>1.</strong>3月5日</p>\n"),
        ("*（三）主動靠前服務。*\n圍繞", .join, "<p><em>（三）主動靠前服務。</em>圍繞</p>\n"),
        ("first\nsecond", .space, "<p>first second</p>\n"),
        ("*1.1 Services.*\nWe", .space, "<p><em>1.1 Services.</em> We</p>\n"),
    ])
    func softBreaksJoinAsTheReportsLanguageDoes(_ markdown: String, _ softBreak: SoftBreak, _ expected: String) {
        #expect(StyledHTML(styles: StyleTable(), softBreak: softBreak).render(CommonMark().blocks(from: markdown)) == expected)
    }

    @Test func imagesBecomeTheirDescription() {
        let html = StyledHTML(styles: StyleTable(), softBreak: .space).render(CommonMark().blocks(from: "![機構標誌](https://example.gov.cn/logo.png)"))
        #expect(html == "<p>機構標誌</p>\n")
    }

    /// `--format md` writes cmark's normalized Markdown; it must mean exactly what the escaped template output meant.
    @Test(arguments: [
        "*not emphasis* _nor this_ **nor this**", "# not a heading", "1. not a list", "- nor this", "> nor a quote",
        "<b>no html</b> &amp; no entity", "[no](link) ![no](image)", "`no code`", "a | b \\ c", "2016年7月8日,資料1200份(桂科能1347003)",
        "***", "+ plus", "1) paren", "line\nbreak", "50% ~ 100%; \"quoted\" 'single'",
    ])
    func normalizedMarkdownMeansTheSame(_ data: String) {
        let filled = "## 一、標題\n\n" + MarkdownText.escape(data) + "\n\n（一）" + MarkdownText.escape(data) + "\n"
        let normalized = CommonMark().normalized(filled)
        let render = { (markdown: String) in StyledHTML(styles: StyleTable(), softBreak: .space).render(CommonMark().blocks(from: markdown)) }
        #expect(render(normalized) == render(filled), "\(normalized)")
    }
}
