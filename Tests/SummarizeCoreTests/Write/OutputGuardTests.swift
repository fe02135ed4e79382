import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The output folder is never the data folder or inside it, however the path gets there; nothing is created there.
@Suite struct OutputGuardTests {
    /// `Data/2016H1.yaml`, `Templates/` and a symbolic link `DLink` → `Data`, in a fresh folder.
    static func withProject(_ body: (URL, SummaryJob) throws -> Void) throws {
        try SafeOutputTests.withWorkspace { folder, job in
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("DLink").path, withDestinationPath: "Data")
            try body(folder, job)
        }
    }

    /// The defect: the last components did not exist yet, so resolving links found nothing to resolve, and the
    /// report went to Data/2016H2/2016H1.html.
    @Test(arguments: ["DLink/2016H2", "DLink", "DLink/a/b/../c", "Output/../Data/new", "Data/./x", "DLink/../Data/y",
                      "Dangling/reports", "DataAbsolute/deep"])
    func refusesAnOutputFolderThatLeadsIntoTheData(_ output: String) throws {
        try Self.withProject { folder, job in
            var job = job
            // A link that points nowhere yet, into the data folder; and an absolute one.
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("Dangling").path,
                                                       withDestinationPath: "Data/not-yet")
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("DataAbsolute").path,
                                                       withDestinationPath: job.dataDirectory.path)
            job.outputDirectory = folder.appendingPathComponent(output)
            let before = try FileManager.default.subpathsOfDirectory(atPath: job.dataDirectory.path)
            let error = #expect(throws: DiagnosticError.self) { try job.run() }
            #expect(error?.diagnostics.first?.message.hasPrefix("the output folder is inside the data folder") == true)
            #expect(try FileManager.default.subpathsOfDirectory(atPath: job.dataDirectory.path) == before)
        }
    }

    /// Compared by component, not by string prefix: a sibling whose name starts like the data folder is fine.
    @Test(arguments: ["Data2", "Data2/reports", "Dat", "Output/Data", "DLinkX"])
    func acceptsAFolderBesideTheData(_ output: String) throws {
        try Self.withProject { folder, job in
            var job = job
            job.outputDirectory = folder.appendingPathComponent(output)
            _ = try job.run()
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(output).appendingPathComponent("2016H1.html").path))
        }
    }

    @Test func resolvesLinksUpToTheDeepestExistingFolder() throws {
        try Self.withProject { folder, _ in
            let real = try #require(FileSystem.realPath(folder.path))
            let components = real.split(separator: "/").map(String.init)
            #expect(OutputGuard.resolved(folder.appendingPathComponent("DLink/x/../y").path) == components + ["Data", "y"])
            #expect(OutputGuard.resolved(folder.appendingPathComponent("Output/./a//b").path) == components + ["Output", "a", "b"])
            #expect(OutputGuard.isInside(URL(fileURLWithPath: "/a/Data"), URL(fileURLWithPath: "/a/Data")))
            #expect(!OutputGuard.isInside(URL(fileURLWithPath: "/a/Data2"), URL(fileURLWithPath: "/a/Data")))
        }
    }

    /// A link loop ends the resolution instead of the program.
    @Test func aLinkLoopIsNoHang() throws {
        try TestFiles.withTemporaryFolder { folder in
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("a").path, withDestinationPath: "b")
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b").path, withDestinationPath: "a")
            #expect(!OutputGuard.isInside(folder.appendingPathComponent("a/x"), folder.appendingPathComponent("Data")))
        }
    }

    @Test(arguments: [("--output", "Output"), ("--data", "Data")])
    func anEmptyPathIsRefused(_ option: String, _ example: String) throws {
        let error = #expect(throws: DiagnosticError.self) { try OutputGuard.refuseEmptyPath("", option: option) }
        #expect(error?.description == "error: \(option) is empty\n  hint: name a folder, e.g. \(option) \(example), or '.' for the current folder")
        try OutputGuard.refuseEmptyPath(".", option: option)
    }
}
