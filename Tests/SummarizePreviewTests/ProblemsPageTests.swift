import SummarizeCore
import Testing
@testable import SummarizePreview

@Suite struct ProblemsPageTests {
    static let problems = [
        Diagnostic(at: SourceLocation(file: "Data/2016H1.yaml", line: 7, column: 13),
                   "unknown key 'titel' in an item; did you mean 'title'?", hint: "the keys allowed here are: title, text, items, department"),
        Diagnostic(.warning, file: "Data/<2016H1>.yaml", "the plan \"x & y\" of 2015H2 is not reviewed", hint: nil),
    ]

    @Test func listsEveryProblemAsTheCommandLinePrintsItEscaped() {
        let page = ProblemsPage.html(Self.problems, title: "2016H1", locale: .zhHant)
        #expect(page.contains("""
            <pre>Data/2016H1.yaml:7:13: error: unknown key &#39;titel&#39; in an item; did you mean &#39;title&#39;?
              hint: the keys allowed here are: title, text, items, department</pre>
            """))
        #expect(page.contains("<pre>Data/&lt;2016H1&gt;.yaml: warning: the plan &quot;x &amp; y&quot; of 2015H2 is not reviewed</pre>"))
        #expect(!page.contains("<2016H1>"))
        #expect(!page.contains("<script"), "the script is added when the page is served, not here")
    }

    @Test(arguments: [
        (ReportLocale.zhHant, "<html lang=\"zh-Hant\">", "<h1>2016H1：報告暫時無法更新</h1>",
         "資料或範本有 1 處需要修改，另有 1 條提醒。", "Data/2016H1.yaml，第 7 行，第 13 個字"),
        (.zhHans, "<html lang=\"zh-Hans\">", "<h1>2016H1：报告暂时无法更新</h1>",
         "数据或模板有 1 处需要修改，另有 1 条提醒。", "Data/2016H1.yaml，第 7 行，第 13 个字"),
        (.en, "<html lang=\"en\">", "<h1>2016H1: The report cannot be updated yet</h1>",
         "The data or the templates have 1 problem to fix and 1 warning.", "Data/2016H1.yaml, line 7, column 13"),
    ])
    func speaksTheReportsLanguage(_ locale: ReportLocale, _ lang: String, _ heading: String, _ summary: String, _ place: String) {
        let page = ProblemsPage.html(Self.problems, title: "2016H1", locale: locale)
        #expect(page.contains(lang))
        #expect(page.contains(heading))
        #expect(page.contains(summary))
        #expect(page.contains(place))
    }

    @Test func aLongListEndsWithACount() {
        let many = (1...60).map { Diagnostic(at: SourceLocation(file: "a.yaml", line: $0, column: 1), "bad") }
        let page = ProblemsPage.html(many, title: "2016H1", locale: .en)
        #expect(page.contains("a.yaml:50:1: error: bad"))
        #expect(!page.contains("a.yaml:51:1: error: bad"))
        #expect(page.contains("… and 10 more problems."))
    }
}
