import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct SummaryJobTests {
    /// A copy of the sample data in a fresh folder, with its own output folder.
    func workspace() throws -> (root: URL, job: SummaryJob) {
        let root = try TestSupport.temporaryFolder()
        let data = root.appendingPathComponent("Data")
        try FileManager.default.copyItem(at: TestSupport.sampleData, to: data)
        let job = SummaryJob(period: Period(year: 2016, half: .first), dataDirectory: data,
                             templatesDirectory: TestSupport.templates, outputDirectory: root.appendingPathComponent("Output"))
        return (root, job)
    }

    @Test func writesTheReportIntoTheOutputFolder() throws {
        let (root, job) = try workspace()
        let outcome = try job.run()
        #expect(outcome.file.path == root.appendingPathComponent("Output/2016H1.html").path)
        let html = try String(contentsOf: outcome.file, encoding: .utf8)
        #expect(TestSupport.texts(of: "h1", in: html) == ["2016年上半年工作總結"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Output").path).sorted() == [".2016H1.summarize", "2016H1.html"])
    }

    @Test func aFailedRunLeavesTheOldReportUntouched() throws {
        let (root, job) = try workspace()
        let output = root.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let old = Data("the report from yesterday".utf8)
        try old.write(to: job.outputFile)
        try Data("organization: 某區\nachievements: []\n".utf8).write(to: job.dataDirectory.appendingPathComponent("2016H1.yaml"))
        #expect(throws: DiagnosticError.self) { try job.run() }
        #expect(try Data(contentsOf: job.outputFile) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["2016H1.html"])
    }

    @Test func neverWritesIntoTheDataFolder() throws {
        var (_, job) = try workspace()
        let before = try FileManager.default.contentsOfDirectory(atPath: job.dataDirectory.path)
        job.outputDirectory = job.dataDirectory
        #expect(throws: DiagnosticError.self) { try job.run() }
        job.outputDirectory = job.dataDirectory.appendingPathComponent("reports")
        #expect(throws: DiagnosticError.self) { try job.run() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: job.dataDirectory.path) == before)
    }

    @Test func dataFilesAreNeverModified() throws {
        let (_, job) = try workspace()
        let file = job.dataDirectory.appendingPathComponent("2016H1.yaml")
        let before = try Data(contentsOf: file)
        _ = try job.run()
        #expect(try Data(contentsOf: file) == before)
    }

    /// The report file is written piece by piece while it is made; it must be the document the renderer gives whole.
    @Test func theStreamedReportIsTheWholeDocument() throws {
        let (_, job) = try workspace()
        let outcome = try job.run()
        let prepared = try job.prepare()
        let whole = prepared.html
        #expect(try String(contentsOf: outcome.file, encoding: .utf8) == whole)
    }
}
