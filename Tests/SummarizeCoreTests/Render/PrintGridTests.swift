import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The printed report against GB/T 9704's grid, measured from the PDF by `scripts/print-check` (headless Chromium
/// prints it to A4; `pdftotext -bbox` gives every word's place, the page number's dash is found in its pixels):
/// 22 lines of 28 characters on full pages, two characters of first-line indent, the dash 7 mm below the type
/// area on alternating sides, the signature on a page with text, no page before the last a third empty.
///
/// Skipped, with a notice, where chromium, poppler-utils or python3 is missing (apt-get install chromium
/// fonts-noto-cjk poppler-utils python3). Serialized: each print takes a browser for a few seconds.
@Suite(.serialized) struct PrintGridTests {
    static let tools = ["chromium", "pdftotext", "pdftoppm", "python3"]

    /// The tools of ``tools`` that no folder of `path` holds.
    static func missingTools(path: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") -> [String] {
        tools.filter { tool in
            !path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
        }
    }

    /// The figures `scripts/print-check` prints as key=value, with its whole output for messages; nil, with a
    /// notice, when a tool is missing.
    static func measure(_ html: String, name: String, _ test: String) throws -> (figures: [String: String], output: String)? {
        let missing = missingTools()
        guard missing.isEmpty else {
            print("NOTICE: \(test) skipped: \(missing.joined(separator: ", ")) not installed; "
                  + "apt-get install chromium fonts-noto-cjk poppler-utils python3")
            return nil
        }
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("\(name).html")
        try Data(html.utf8).write(to: file)
        let script = TestSupport.repository.appendingPathComponent("scripts/print-check")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus != 2, "print-check could not measure: \(output)")
        var figures: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2, !parts[0].contains(" ") { figures[String(parts[0])] = String(parts[1]) }
        }
        #expect(process.terminationStatus == 0, "print-check found a figure off the grid:\n\(output)")
        // The figures in the log, for whoever reads it: the summary lines, not the page table or key=value.
        print(output.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.contains("=") && !$0.hasPrefix("page  lines") }
            .map { "\(test): \($0)" }.joined(separator: "\n"))
        return (figures, output)
    }

    /// What holds for every printed Chinese report.
    static func expectTheGrid(_ figures: [String: String], _ output: String) {
        let number = { (key: String) in Double(figures[key] ?? "") ?? .nan }
        let pages = Int(number("pages"))
        #expect(number("lines_per_full_page") == 22, "\(output)")
        #expect(number("most_rows_on_a_page") <= 22 && number("most_lines_on_a_page") <= 22, "never more than 22 lines: \(output)")
        #expect(abs(number("line_pitch_pt") - 28.95) < 0.1, "\(output)")
        #expect(number("characters_per_full_line") == 28 && number("longest_full_line") <= 28, "\(output)")
        #expect(number("characters_per_first_line") == 26 && abs(number("indent_characters") - 2) < 0.05,
                "a first line holds 26 after an indent of two grid characters: \(output)")
        #expect((6.5...7.5).contains(number("dash_below_mm_min")) && (6.5...7.5).contains(number("dash_below_mm_max")),
                "the page number's dash 7 mm below the type area: \(output)")
        #expect((4...6).contains(number("number_inset_mm_min")) && (4...6).contains(number("number_inset_mm_max")),
                "one 14 pt character in from the type area's edge: \(output)")
        #expect(figures["number_sides"] == String("RL".cycled(to: pages)), "odd pages right, even pages left: \(output)")
        #expect(Int(number("signature_page")) == pages && number("signature_page_text_lines") >= 1,
                "the signature shares its page with text: \(output)")
        #expect(number("emptiest_page_mm") <= 75, "no page before the last a third empty: \(output)")
    }

    @Test(arguments: [ReportLocale.zhHant, .zhHans])
    func theSampleReportPrintsOnTheGrid(_ locale: ReportLocale) throws {
        let job = SummaryJob(period: Period(year: 2016, half: .first), dataDirectory: TestSupport.sampleData,
                             templatesDirectory: TestSupport.templates, outputDirectory: try TestSupport.temporaryFolder(),
                             locale: locale)
        guard let (figures, output) = try Self.measure(try job.prepare().html, name: "2016H1", "theSampleReportPrintsOnTheGrid") else { return }
        Self.expectTheGrid(figures, output)
        #expect(Int(figures["full_pages"] ?? "") ?? 0 >= 3, "\(output)")
    }

    /// Paragraphs over several pages, then a table of 40 rows: it breaks between rows (its header repeated on
    /// the next page) instead of leaving a page two-thirds empty, and the signature follows it with text.
    @Test func aLongTableBreaksBetweenRows() throws {
        let metrics = (1...40).map { Metric(name: "指標項目第\($0)項", value: "\($0 * 10)", amount: Double($0 * 10), unit: "件") }
        let report = Report.summary(organization: "北海市海城區科學技術局", date: ReportDate("2016-07-08"), locale: .zhHant,
                                    achievements: Self.paragraphs(count: 14), metrics: metrics,
                                    plans: [Entry(text: "繼續加強知識產權宣傳工作。"), Entry(text: "繼續抓好防震減災工作。")])
        guard let (figures, output) = try Self.measure(try TestSupport.html(report), name: "table", "aLongTableBreaksBetweenRows") else { return }
        Self.expectTheGrid(figures, output)
    }

    /// Untitled second-level points of full-width text, from under two lines to about seven.
    static func paragraphs(count: Int) -> [Entry] {
        let passage = "為深入貫徹落實上級部署，我局堅持以人民為中心的發展思想，圍繞中心、服務大局，認真履行職能，扎實推進各項工作，"
            + "取得了明顯成效。一是加強組織領導，健全工作機制，層層落實責任；二是強化督促檢查，及時發現問題，限期整改到位；"
            + "三是注重宣傳引導，營造良好氛圍，凝聚社會共識。"
        return (0..<count).map { index in
            let text = String(repeating: passage, count: 3)
            let start = text.index(text.startIndex, offsetBy: (index * 29) % passage.count)
            return Entry(text: String(text[start...].prefix(60 + (index * 41) % 150)) + "。")
        }
    }

    /// Pages of nothing but paragraphs: every page before the last holds 22 lines, bar the one whose last lines
    /// go over with the signature.
    @Test func aLongTextOnlyReportPrintsOnTheGrid() throws {
        let report = Report.summary(organization: "北海市海城區科學技術局", date: ReportDate("2016-07-08"),
                                    locale: .zhHant, achievements: Self.paragraphs(count: 36))
        guard let (figures, output) = try Self.measure(try TestSupport.html(report), name: "long", "aLongTextOnlyReportPrintsOnTheGrid") else { return }
        Self.expectTheGrid(figures, output)
        let pages = Int(figures["pages"] ?? "") ?? 0
        #expect(pages >= 8, "\(output)")
        #expect(Int(figures["full_pages"] ?? "") ?? 0 == pages - 1, "every page but the last on the grid: \(output)")
        let counts = output.split(separator: "\n").compactMap { line -> Int? in
            let columns = line.split(separator: " ")
            guard columns.count > 3, let page = Int(columns[0]), page < pages - 1 else { return nil }
            return Int(columns[1])
        }
        #expect(counts.count == pages - 2 && counts.dropFirst().allSatisfy { $0 == 22 },
                "22 lines on every page but the first (title), the last and the one before it: \(counts)")
    }
}

extension PrintGridTests {
    /// Where a tool is missing the tests above print a notice and pass; which tools count is checked here.
    @Test func aMissingToolIsNamed() {
        #expect(Self.missingTools(path: "/nonexistent") == ["chromium", "pdftotext", "pdftoppm", "python3"])
        #expect(Self.missingTools(path: "") == Self.tools)
    }
}

private extension String {
    /// The string repeated and cut to `count` characters: "RL" → "RLRLR".
    func cycled(to count: Int) -> String {
        String(String(repeating: self, count: count / max(1, self.count) + 1).prefix(count))
    }
}
