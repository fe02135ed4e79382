import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// `init` writes into the data folder, so it never replaces anything and never guesses a folder.
@Suite struct InitSafetyTests {
    static let period = Period(year: 2016, half: .second)

    /// Ten inits of the same half at once (threads here, processes in ``CommandLineSafetyTests``): one writes the
    /// file, the nine others are told that the half already has data.
    @Test func ofTenConcurrentInitsExactlyOneSucceeds() throws {
        try TestFiles.withTemporaryFolder { folder in
            let data = folder.appendingPathComponent("Data")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: 10) { _ in
                do {
                    _ = try PeriodInitializer(dataDirectory: data).create(Self.period)
                    results.add("written")
                } catch {
                    results.add((error as? DiagnosticError)?.diagnostics.first?.message ?? "\(error)")
                }
            }
            #expect(results.counts == ["written": 1, "2016H2 already has data; init never replaces a data file": 9])
            #expect(try FileManager.default.contentsOfDirectory(atPath: data.path) == ["2016H2.yaml"], "no temporary is left")
            let text = try String(contentsOf: data.appendingPathComponent("2016H2.yaml"), encoding: .utf8)
            #expect(text == Scaffold(period: Self.period, previous: nil).text)
        }
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String: Int] = [:]
        func add(_ value: String) { lock.lock(); values[value, default: 0] += 1; lock.unlock() }
        var counts: [String: Int] { lock.lock(); defer { lock.unlock() }; return values }
    }

    @Test func aDanglingLinkIsNotReplaced() throws {
        try TestFiles.withTemporaryFolder { folder in
            let data = folder.appendingPathComponent("Data")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            let link = data.appendingPathComponent("2016H2.yaml")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "../elsewhere/2016H2.yaml")
            let error = #expect(throws: DiagnosticError.self) { try PeriodInitializer(dataDirectory: data).create(Self.period) }
            #expect(error?.diagnostics.first?.message == "a symbolic link to ../elsewhere/2016H2.yaml has this name; init never replaces a file")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "../elsewhere/2016H2.yaml")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("elsewhere").path))
            #expect(try FileManager.default.contentsOfDirectory(atPath: data.path) == ["2016H2.yaml"])
        }
    }

    /// The file system's no-replace step itself: a name taken by anything, even a link to nowhere, is refused.
    @Test func newFileNeverReplaces() throws {
        try TestFiles.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("x.yaml")
            try NewFile.create(file, text: "first")
            #expect(throws: NewFile.Failure.self) { try NewFile.create(file, text: "second") }
            #expect(try String(contentsOf: file, encoding: .utf8) == "first")
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("y.yaml").path, withDestinationPath: "nowhere")
            #expect(throws: NewFile.Failure.self) { try NewFile.create(folder.appendingPathComponent("y.yaml"), text: "x") }
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nowhere").path))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["x.yaml", "y.yaml"])
        }
    }

    /// `init --data Dta`: the typo is named, the folder beside it suggested, and nothing is created.
    @Test func aMissingDataFolderIsRefusedWithTheClosestSibling() throws {
        try TestFiles.withTemporaryFolder { folder in
            for name in ["Data", "Templates", "Output"] {
                try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
            }
            let typo = folder.appendingPathComponent("Dta", isDirectory: true)
            let error = #expect(throws: DiagnosticError.self) { try PeriodInitializer(dataDirectory: typo).create(Self.period) }
            #expect(error?.description == """
                \(typo.path): error: the data folder does not exist, and init does not create it
                  hint: did you mean \(folder.path)/Data?  summarize init --period 2016H2 --data \(folder.path)/Data
                """)
            #expect(!FileManager.default.fileExists(atPath: typo.path))

            let unlike = folder.appendingPathComponent("Reports2016", isDirectory: true)
            let other = #expect(throws: DiagnosticError.self) { try PeriodInitializer(dataDirectory: unlike).create(Self.period) }
            #expect(other?.diagnostics.first?.hint == "check the name; to start a new data folder, create it first:  mkdir -p \(unlike.path)")
            #expect(!FileManager.default.fileExists(atPath: unlike.path))
        }
    }
}
