import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct ReportHistoryTests {
    /// A data folder holding the given files (name → YAML).
    func dataFolder(_ files: [String: String]) throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    func report(_ metrics: String, plans: String = "") -> String {
        "organization: 某區科學技術局\nachievements: [成績]\nmetrics:\n\(metrics)\n\(plans)"
    }

    func compare(_ folder: URL, _ period: String = "2016H1") throws -> [ComparedMetric] {
        let loader = ReportLoader(directory: DataDirectory(folder))
        let current = try loader.load(Period(period)!).value
        return ReportHistory.load(for: current.period, with: loader).value.compare(current.metrics, of: current.period)
    }

    @Test func comparesWithBothEarlierPeriods() throws {
        let folder = try dataFolder([
            "2015H1.yaml": report("  - {name: 資料, value: 800}"),
            "2015H2.yaml": report("  - {name: 資料, value: 1000}"),
            "2016H1.yaml": report("  - {name: 資料, value: 1200}"),
        ])
        let compared = try compare(folder)
        #expect(compared[0].previous?.value == "1000")
        #expect(compared[0].previous?.change(to: 1200).wording(in: .zhHant) == "增長20%")
        #expect(compared[0].yearAgo?.change(to: 1200).wording(in: .zhHant) == "增長50%")
        #expect(compared[0].previous?.source == .data(Period(year: 2015, half: .second)))
    }

    @Test func comparesWithWhatExists() throws {
        let folder = try dataFolder([
            "2015H2.yaml": report("  - {name: 資料, value: 1500}\n  - {name: 舊名, value: 10}"),
            "2016H1.yaml": report("  - {name: 資料, value: 1200}\n  - {name: 新名, value: 12, was: 舊名}\n  - {name: 新指標, value: 3}"),
        ])
        let compared = try compare(folder)
        #expect(compared.map { $0.previous?.value } == ["1500", "10", nil])
        #expect(compared.allSatisfy { $0.yearAgo == nil })
        #expect(compared[0].previous?.change(to: 1200).wording(in: .zhHant) == "下降20%")
        #expect(compared[1].previous?.change(to: 12).wording(in: .zhHant) == "增長20%")
    }

    @Test func withoutEarlierDataTheTableHasNoComparisonColumns() throws {
        let folder = try dataFolder(["2016H1.yaml": report("  - {name: 資料, value: 1200}")])
        #expect(try compare(folder).allSatisfy { $0.previous == nil && $0.yearAgo == nil })
        let loader = ReportLoader(directory: DataDirectory(folder))
        let html = try TestSupport.html(loader.load(Period(year: 2016, half: .first)).value)
        #expect(!html.contains("環比") && !html.contains("同比"))
    }

    @Test func statedValuesOverrideTheLookup() throws {
        let folder = try dataFolder([
            "2015H2.yaml": report("  - {name: 資料, value: 1000}"),
            "2016H1.yaml": report("  - {name: 資料, value: 1200, previous: 600, year_ago: 0}"),
        ])
        let compared = try compare(folder)
        #expect(compared[0].previous == MetricBaseline(value: "600", amount: 600, source: .stated))
        #expect(compared[0].previous?.change(to: 1200).wording(in: .zhHant) == "增長1倍")
        #expect(compared[0].yearAgo?.change(to: 1200).wording(in: .zhHant) == "—", "no percentage from zero")
    }

    @Test func theTableShowsBothComparisonsInTheReport() throws {
        let loader = ReportLoader(directory: DataDirectory(TestSupport.sampleData))
        let report = try loader.load(Period(year: 2016, half: .first)).value
        let history = ReportHistory.load(for: report.period, with: loader).value
        let html = try TestSupport.html(report, history: history)
        #expect(TestSupport.texts(of: "th", in: html) == ["序號", "項目", "本期", "上期（環比）", "去年同期（同比）"])
        let cells = TestSupport.texts(of: "td", in: TestSupport.metricsTable(in: html))
        let first = try #require(cells.firstIndex(of: "發放科普宣傳資料"))
        #expect(Array(cells[first...].prefix(4)) == ["發放科普宣傳資料", "1200份", "1000份增長20%", "800份增長50%"])
        let patents = try #require(cells.firstIndex(of: "發明專利受理量任務數"))
        #expect(Array(cells[patents...].prefix(4)) == ["發明專利受理量任務數", "260件", "—", "—"])
    }

    @Test func brokenEarlierDataIsAWarningNotAnError() throws {
        let folder = try dataFolder([
            "2015H2.yaml": "organization: [broken",
            "2016H1.yaml": report("  - {name: 資料, value: 1200}"),
        ])
        let loader = ReportLoader(directory: DataDirectory(folder))
        let loaded = ReportHistory.load(for: Period(year: 2016, half: .first), with: loader)
        let history = loaded.value, warnings = loaded.warnings
        #expect(history.previous == nil)
        #expect(warnings.map(\.severity) == [.warning])
        #expect(warnings.first?.message.contains("not compared with 2015H2") == true)
    }

    @Test(arguments: [
        (100.0, 110.0, "增長10%", "+10%"), (100, 90, "下降10%", "\u{2212}10%"), (100, 100, "持平", "0%"),
        (3, 4, "增長33.3%", "+33.3%"), (-50, -25, "增長50%", "+50%"), (100, 100.04, "持平", "0%"),
        (100, 200, "增長1倍", "+100%"), (100, 350, "增長2.5倍", "+250%"), (0, 5, "—", "—"),
    ])
    func changeWording(_ base: Double, _ current: Double, _ chinese: String, _ english: String) {
        let change = MetricBaseline(value: "", amount: base, source: .stated).change(to: current)
        #expect(change.wording(in: .zhHant) == chinese)
        #expect(change.wording(in: .en) == english)
    }

    /// An ID number pasted as a metric's value once trapped converting the percentage to an Int.
    @Test func hugeChangesAreWordedNotTrapped() {
        let change = MetricBaseline(value: "3", amount: 3, source: .stated).change(to: 110_101_199_003_077_776)
        #expect(change.wording(in: .zhHant).hasPrefix("增長3670039966769259"))
        #expect(change.wording(in: .zhHant).hasSuffix("倍"))
        #expect(change.wording(in: .en).hasPrefix("+367003996676925"))
        let overflow = MetricBaseline(value: "-1e308", amount: -1e308, source: .stated).change(to: 1e308)
        #expect(overflow.wording(in: .zhHant) == "—")
    }

    @Test func aYearIsComparedWithTheYearBeforeOnly() throws {
        let folder = try dataFolder([
            "2015.yaml": report("  - {name: 資料, value: 1000}"),
            "2015H2.yaml": report("  - {name: 資料, value: 600}"),
            "2016.yaml": report("  - {name: 資料, value: 1200}"),
        ])
        let compared = try compare(folder, "2016")
        #expect(compared[0].previous == nil)
        #expect(compared[0].yearAgo?.value == "1000")
        #expect(compared[0].yearAgo?.source == .data(Period(year: 2015)))
    }
}
