import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The sample report, byte for byte. Golden/2016H1.html was read in a browser before it was committed.
///
/// After an intended change, re-record with `RECORD_GOLDEN=1 swift test --filter GoldenReportTests`: recording
/// fails the test on purpose, so that someone looks at the new file (and its diff) before it is committed.
@Suite struct GoldenReportTests {
    @Test func sampleReportMatchesTheGoldenFile() throws {
        let job = SummaryJob(period: Period(year: 2016, half: .first), dataDirectory: TestSupport.sampleData,
                             templatesDirectory: TestSupport.templates, outputDirectory: URL(fileURLWithPath: "/nonexistent"))
        let prepared = try job.prepare()
        let html = prepared.html
        let golden = TestSupport.golden.appendingPathComponent("2016H1.html")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try Data(html.utf8).write(to: golden)
            Issue.record("recorded \(golden.path); review it, then run the tests again without RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(html == expected, "the sample report changed; if intended, re-record with RECORD_GOLDEN=1 and review the diff")
    }
}
