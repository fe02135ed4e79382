import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct ScaffoldTests {
    func sampleCopy() throws -> URL {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("Data")
        try FileManager.default.copyItem(at: TestSupport.sampleData, to: folder)
        return folder
    }

    /// What a person does with the scaffold: fill in every TODO.
    func fillIn(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let range = line.range(of: "# TODO") else { return String(line) }
            let key = line[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let value = switch key {
            case "status:": "done"
            case "value:": "42"
            default: "已填寫的內容"
            }
            return "\(key.hasPrefix("- ") ? "  - " : "    ")\(key.replacingOccurrences(of: "- ", with: "")) \(value)"
        }.joined(separator: "\n")
    }

    @Test func carriesTheLastHalfOver() throws {
        let data = try sampleCopy()
        let (file, warnings) = try PeriodInitializer(dataDirectory: data).create(Period(year: 2016, half: .second))
        #expect(warnings.isEmpty)
        #expect(file.lastPathComponent == "2016H2.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("organization: \"北海市海城區科學技術局\""))
        #expect(text.contains("locale: zh-Hant"))
        #expect(text.contains("  - plan: \"繼續加強知識產權宣傳工作\""))
        #expect(text.contains("  - name: \"發放科普宣傳資料\"\n    value:                     # TODO\n    unit: \"份\""))
        for key in ["intro:", "achievements:", "review:", "highlights:", "metrics:", "problems:", "suggestions:", "plans:"] {
            #expect(text.contains("\n\(key)"), "the scaffold has \(key)")
        }
        #expect(text.contains("# 2017年上半年工作計劃"))
    }

    @Test func isRefusedUntilFilledAndValidAfterwards() throws {
        let data = try sampleCopy()
        let period = Period(year: 2016, half: .second)
        let (file, _) = try PeriodInitializer(dataDirectory: data).create(period)
        let loader = ReportLoader(directory: DataDirectory(data))
        #expect(throws: DiagnosticError.self) { try loader.load(period) }

        try Data(fillIn(try String(contentsOf: file, encoding: .utf8)).replacingOccurrences(of: "\ndate:", with: "\ndate: 2016-12-28").utf8)
            .write(to: file)
        let job = SummaryJob(period: period, dataDirectory: data, templatesDirectory: TestSupport.templates,
                             outputDirectory: data.deletingLastPathComponent().appendingPathComponent("Output"))
        let prepared = try job.prepare()
        #expect(prepared.warnings.isEmpty, "every plan of 2016H1 is reviewed")
        #expect(prepared.report.review.count == 3)
        #expect(prepared.report.metrics.count == 6)
    }

    @Test func neverOverwrites() throws {
        let data = try sampleCopy()
        let existing = data.appendingPathComponent("2016H1.yaml")
        let before = try Data(contentsOf: existing)
        #expect(throws: DiagnosticError.self) { try PeriodInitializer(dataDirectory: data).create(Period(year: 2016, half: .first)) }
        #expect(try Data(contentsOf: existing) == before)
        // A department folder counts as existing data too.
        #expect(throws: DiagnosticError.self) { try PeriodInitializer(dataDirectory: data).create(Period(year: 2015, half: .second)) }
    }

    @Test func withoutAPreviousHalfEverythingIsLeftToFill() throws {
        let data = try TestSupport.temporaryFolder()
        let (file, _) = try PeriodInitializer(dataDirectory: data, locale: .en).create(Period(year: 2030, half: .first))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("organization:                # TODO the organization's name"))
        #expect(text.contains("locale: en"))
        #expect(!text.contains("plan:"))
    }

    @Test func quotingKeepsAnyTextIntact() throws {
        for text in ["a: b", "\"quoted\" \\ back", "- dash", "# hash", "{x}", "no", "2016-07-08"] {
            let yaml = "organization: \(Scaffold.quoted(text))\nachievements: [x]"
            #expect(try TestSupport.parse(yaml).organization == text)
        }
    }
}
