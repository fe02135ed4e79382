import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The documents of the seeds, transcribed in Examples/ with the office's own outline, byte for byte as html and
/// txt. Each golden file was read against its seed before it was committed (the 2013 and 2009 summaries, the two
/// yearly plans with their responsible units).
///
/// After an intended change, re-record with `RECORD_GOLDEN=1 swift test --filter ExampleReportTests`: recording
/// fails the test on purpose, so that someone reads the new files before they are committed.
@Suite struct ExampleReportTests {
    static let examples = [
        ("2013-summary", "2013H1"), ("2009-summary", "2009H1"), ("district-plan", "2017"), ("youth-science-plan", "2018"),
    ]

    @Test(arguments: examples)
    func theExampleReadsAsItsGoldenFiles(_ name: String, _ period: String) throws {
        let job = SummaryJob(period: try #require(Period(period)),
                             dataDirectory: TestSupport.repository.appendingPathComponent("Examples/\(name)/Data"),
                             templatesDirectory: TestSupport.templates, outputDirectory: URL(fileURLWithPath: "/nonexistent"))
        let prepared = try job.prepare()
        #expect(prepared.warnings.isEmpty, "\(prepared.warnings)")
        let outputs = [
            ("html", prepared.html),
            ("txt", PlainTextReport(styles: prepared.templates.styles).render(prepared.filled)),
        ]
        for (format, text) in outputs {
            let golden = TestSupport.golden.appendingPathComponent("Examples/\(name).\(format)")
            if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
                try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: golden)
                Issue.record("recorded \(golden.path); read it, then run the tests again without RECORD_GOLDEN")
                continue
            }
            #expect(text == (try String(contentsOf: golden, encoding: .utf8)), "\(name).\(format) changed")
        }
    }
}
