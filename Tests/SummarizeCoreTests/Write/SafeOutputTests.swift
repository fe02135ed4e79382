import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// A failed run changes nothing: the old report stays byte for byte, no temporary file is left, and the data
/// folder is never written to.
@Suite struct SafeOutputTests {
    /// Data/, Templates/ (a copy of the real ones) and Output/ in a temporary folder.
    static func withWorkspace(_ body: (URL, SummaryJob) throws -> Void) throws {
        try TestFiles.withTemporaryFolder { folder in
            try FileManager.default.copyItem(at: TestSupport.templates, to: folder.appendingPathComponent("Templates"))
            try TestFiles.write(TestFiles.minimalData, to: "Data/2016H1.yaml", in: folder)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("Output"), withIntermediateDirectories: true)
            let job = SummaryJob(period: TestFiles.period, dataDirectory: folder.appendingPathComponent("Data"),
                                 templatesDirectory: folder.appendingPathComponent("Templates"),
                                 outputDirectory: folder.appendingPathComponent("Output"))
            try body(folder, job)
        }
    }

    static func contents(of folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test(arguments: ["data", "template"])
    func aFailedRunLeavesTheOldReportUntouched(_ broken: String) throws {
        try Self.withWorkspace { folder, job in
            let old = Data("<html>the report from last week</html>\u{0}\u{FF}".utf8)
            try old.write(to: job.outputFile)
            if broken == "data" {
                try TestFiles.write("organization: 某區\nachievements:\n\t- 一\n", to: "Data/2016H1.yaml", in: folder)
            } else {
                try TestFiles.write("{{#entries}}\n", to: "Templates/zh-Hant/plans.md.mustache", in: folder)
            }
            #expect(throws: DiagnosticError.self) { try job.run() }
            #expect(try Data(contentsOf: job.outputFile) == old)
            #expect(try Self.contents(of: folder.appendingPathComponent("Output")) == ["2016H1.html"])
        }
    }

    @Test func aFailedWriteLeavesNoTemporaryFile() throws {
        try Self.withWorkspace { folder, job in
            // A folder where the report should go: the final rename fails after the temporary file was written.
            try FileManager.default.createDirectory(at: job.outputFile.appendingPathComponent("x"), withIntermediateDirectories: true)
            let error = #expect(throws: DiagnosticError.self) { try job.run() }
            #expect(error?.diagnostics.first?.message.hasPrefix("cannot write the report") == true)
            #expect(try Self.contents(of: folder.appendingPathComponent("Output")) == ["2016H1.html"])
            #expect(try Self.contents(of: job.outputFile) == ["x"])
        }
    }

    @Test func aSuccessfulRunReplacesTheReportAndLeavesNothingElse() throws {
        try Self.withWorkspace { folder, job in
            try Data("old".utf8).write(to: job.outputFile)
            let outcome = try job.run()
            #expect(outcome.file == job.outputFile)
            #expect(try String(contentsOf: job.outputFile, encoding: .utf8).contains("認真做好科技項目驗收及申報工作"))
            #expect(try Self.contents(of: folder.appendingPathComponent("Output")) == [".2016H1.summarize", "2016H1.html"])
        }
    }

    @Test(arguments: ["Data", "Data/reports", "Data/../Data/sub"])
    func neverWritesIntoTheDataFolder(_ output: String) throws {
        try Self.withWorkspace { folder, job in
            var job = job
            job.outputDirectory = folder.appendingPathComponent(output)
            let dataBefore = try Self.contents(of: job.dataDirectory)
            let error = #expect(throws: DiagnosticError.self) { try job.run() }
            #expect(error?.diagnostics.first?.message.hasPrefix("the output folder is inside the data folder") == true)
            #expect(try Self.contents(of: job.dataDirectory) == dataBefore)
        }
    }

    @Test func checkWritesNothing() throws {
        try Self.withWorkspace { folder, job throws in
            let result = job.check()
            #expect(result.diagnostics.isEmpty)
            #expect(!result.hasErrors)
            #expect(try Self.contents(of: folder.appendingPathComponent("Output")) == [])
            #expect(try Self.contents(of: job.dataDirectory) == ["2016H1.yaml"])
        }
    }

    /// The data file is read, never written: its bytes and modification time stay as they were.
    @Test func leavesTheDataFileAsItWas() throws {
        try Self.withWorkspace { folder, job in
            let file = job.dataDirectory.appendingPathComponent("2016H1.yaml")
            let before = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
            let bytes = try Data(contentsOf: file)
            _ = try job.run()
            _ = job.check()
            #expect(try Data(contentsOf: file) == bytes)
            #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == before)
        }
    }
}
