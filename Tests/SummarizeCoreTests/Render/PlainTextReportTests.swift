import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct PlainTextReportTests {
    static let chinese = """
        為落實扶貧開發工作,發揮科技創新對精準扶貧、精準脫貧的支撐引領作用,我局根據海城區高德村的實際情況,組織開展科技培訓。\
        4月和5月,在高德村舉辦兩期“農民實用技術培訓班”,特邀北海市農業技術推廣中心高級農藝師陳明為120多名村民進行豆角種植技術培訓。\
        2016年是北海市實施《北海市發明專利雙倍增計劃(2016—2020年)》的開局之年，目標任務繁重。「引號」『書名』（括號）：冒號；分號？問號！嘆號
        """
    static let english = "The office held two training courses for 120 villagers in April and May (bean growing, pollution-free vegetables), and answered questions on site; see https://example.gov.cn/training/2016/first-half for details."

    static let forbiddenStarts: Set<Character> = Set("，。、；：？！）」』》”,.;:?!)")
    static let forbiddenEnds: Set<Character> = Set("（「『《“([")

    @Test(arguments: [8, 12, 20, 31, 40, 72, 80])
    func linesStayWithinTheWidthAndObeyPunctuationRules(_ width: Int) {
        for text in [Self.chinese, Self.english, Self.chinese + " " + Self.english] {
            let lines = LineWrapper(width: width).wrap(text, firstPrefix: "\u{3000}\u{3000}")
            for line in lines {
                #expect(DisplayWidth.of(line) <= width, "'\(line)' is wider than \(width)")
                if width >= 20 {
                    #expect(!Self.forbiddenStarts.contains(line.first!), "'\(line)' starts with closing punctuation")
                    #expect(!Self.forbiddenEnds.contains(line.last!), "'\(line)' ends with opening punctuation")
                }
            }
            // Nothing is lost or added except the spaces at breaks.
            #expect(lines.joined().replacingOccurrences(of: " ", with: "") == ("\u{3000}\u{3000}" + text).replacingOccurrences(of: " ", with: ""))
        }
    }

    @Test func latinWordsBreakOnlyAtSpaces() {
        let lines = LineWrapper(width: 30).wrap(Self.english)
        let words = Set(Self.english.split(separator: " ").map(String.init))
        for line in lines.dropLast() where !line.hasPrefix("https") {
            #expect(line.split(separator: " ").allSatisfy { words.contains(String($0)) }, "'\(line)' splits a word")
        }
        #expect(lines.contains("https://example.gov.cn/trainin"), "a word longer than the line is cut, the only way to fit")
    }

    @Test func chineseFillsTheLine() {
        let lines = LineWrapper(width: 20).wrap(String(repeating: "科技", count: 25))
        #expect(lines.dropLast().allSatisfy { DisplayWidth.of($0) == 20 })
        #expect(lines.count == 5)
    }

    @Test(arguments: [("科技", 4), ("1200份", 6), ("（一）", 6), ("café", 4), ("e\u{301}", 1), ("“”", 4)])
    func displayWidth(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func pipeTableLinesUpByDisplayWidth() throws {
        let table = try #require(PipeTable(lines: [
            "| 序號 | 項目 | 數值 |", "| :-: | --- | --: |",
            "| 1 | 發放科普宣傳資料 | 1200份 |", "| 2 | 舉辦培訓班 | 2期 |", "| 3 | A \\| B | 3 |",
        ]))
        #expect(table.rows[2][1] == "A | B")
        let lines = table.lines(width: 72)
        #expect(lines == [
            "序號  項目                數值",
            "----  ----------------  ------",
            " 1    發放科普宣傳資料  1200份",
            " 2    舉辦培訓班           2期",
            " 3    A | B                  3",
        ])
        let narrow = table.lines(width: 24)
        #expect(narrow.allSatisfy { DisplayWidth.of($0) <= 24 }, "\(narrow)")
        #expect(narrow.contains { $0.hasSuffix("1200份") })
    }

    /// The templates use headings and paragraphs; lists, quotes and code still come out readable.
    @Test func otherMarkdownBlocks() throws {
        let styles = try StyleTable.parse("p { text-indent: 2em; }", file: "styles.css")
        let blocks = PlainTextReport(styles: styles, width: 30)
            .render(markdown: "- 甲\n- 乙\n\n3. three\n4. four\n\n> 引文\n\n    code  kept\n\n***\n\n正文", locale: .zhHant)
        #expect(blocks == [["- 甲", "- 乙"], ["3. three", "4. four"], ["> 引文"], ["    code  kept"], ["* * *"], ["\u{3000}\u{3000}正文"]])
    }

    /// The indent follows the table in any unit (32pt of a 16pt font is two characters), and whatever a table
    /// built in code holds, unchecked (1e300em, 20 nines of px, nan), the indent stays between none and a quarter
    /// of the width: it once became 300 PB of full-width spaces.
    @Test(arguments: [
        ("text-indent:2em", 2), ("text-indent:32pt;font-size:16pt", 2), ("text-indent:32px;font-size:16px", 2),
        ("text-indent:24pt", 2), ("text-indent:1.4em", 1), ("text-indent:-2em", 0), ("text-indent:50%", 0),
        ("text-indent:1e300em", 0), ("text-indent:nanem", 0), ("text-indent:infem", 0), ("text-indent:2em 1em", 0),
        ("text-indent:99999999999999999999px", 7), ("text-indent:\(String(repeating: "9", count: 400))em", 0),
        ("text-indent:32pt;font-size:0pt", 3), ("text-indent:32pt;font-size:-16pt", 3), ("text-indent:-99999999999999999999px", 0),
    ])
    func indentIsBoundedWhateverTheTableHolds(_ declarations: String, _ ems: Int) {
        let report = PlainTextReport(styles: StyleTable(declarations: ["p": declarations]), width: 30)
        let blocks = report.render(markdown: "正文", locale: .zhHant)
        #expect(blocks == [[String(repeating: "\u{3000}", count: ems) + "正文"]], "\(declarations)")
    }

    /// Random mixtures of Chinese, Latin, digits, spaces and punctuation: always within the width, nothing lost.
    @Test func randomTextWraps() {
        var generator = SeededGenerator(seed: 2016)
        let pieces = ["科", "技", "局", "，", "。", "「", "」", "（", "）", "、", "report", "1200", " ", " ", "A", "——", "“", "”", ",", "(", ")"]
        for _ in 0..<300 {
            let count = Int.random(in: 0..<120, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let width = Int.random(in: 6...40, using: &generator)
            let lines = LineWrapper(width: width).wrap(text)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width): \(lines)")
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
        }
    }

    @Test func signatureFollowsGBT9704() {
        let report = PlainTextReport(styles: StyleTable(), width: 40)
        #expect(report.signature(organization: "北海市海城區科學技術局", date: "2016年7月8日") == [
            String(repeating: " ", count: 14) + "北海市海城區科學技術局",
            String(repeating: " ", count: 18) + "2016年7月8日",
        ])
        // A date longer than the name keeps its own 4-column right margin; the name moves left.
        let lines = report.signature(organization: "科技局", date: "2016年12月31日")
        #expect(DisplayWidth.of(lines[1]) == 36)
        #expect(lines[1].prefix { $0 == " " }.count == lines[0].prefix { $0 == " " }.count + 4)
    }

    /// The sample report as plain text, read and approved by a person: Golden/2016H1.txt.
    @Test func sampleReportMatchesGolden() throws {
        let job = SummaryJob(period: Period(year: 2016, half: .first), dataDirectory: TestSupport.sampleData,
                             templatesDirectory: TestSupport.templates, outputDirectory: try TestSupport.temporaryFolder())
        let prepared = try job.prepare()
        let text = PlainTextReport(styles: prepared.templates.styles).render(prepared.filled)
        let golden = TestSupport.golden.appendingPathComponent("2016H1.txt")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: golden)
            Issue.record("recorded \(golden.path); review the diff and run again without RECORD_GOLDEN")
            return
        }
        #expect(text == (try String(contentsOf: golden, encoding: .utf8)))
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= PlainTextReport.defaultWidth)
            #expect(!Self.forbiddenStarts.contains(line.first!), "'\(line)'")
        }
    }

    @Test func markdownFileHasTitleTableAndSignature() throws {
        let job = SummaryJob(period: Period(year: 2016, half: .first), dataDirectory: TestSupport.sampleData,
                             templatesDirectory: TestSupport.templates, outputDirectory: try TestSupport.temporaryFolder())
        let prepared = try job.prepare()
        let markdown = MarkdownReport.render(prepared.filled)
        #expect(markdown.hasPrefix("# 2016年上半年工作總結\n\n## 一、上半年工作成績\n"))
        #expect(markdown.contains("## 三、主要數據\n\n| 序號 | 項目 | 本期 | 上期（環比） | 去年同期（同比） |\n| :-: | --- | --: | --: | --: |\n| 1 | 發放科普宣傳資料 | 1200份 | 1000份（增長20%） | 800份（增長50%） |\n"))
        #expect(markdown.hasSuffix("\n北海市海城區科學技術局\n\n2016年7月8日\n"))
    }
}
