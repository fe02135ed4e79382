import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// Data the person may not read is said to be that, with the path and a hint: never "not UTF-8", "no data file" or
/// a Foundation error number. Root may read everything, so as root the run is made as user nobody (setpriv).
@Suite(.serialized) struct PermissionTests {
    /// `summarize` run as a user that permissions apply to, or nil where that cannot be arranged.
    static func runAsUser(_ arguments: [String], in folder: URL) throws -> CommandLineTests.Run? {
        guard let executable = CommandLineTests.executable else { return nil }
        let process = Process()
        if FileSystem.effectiveUser == 0 {
            let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
            guard FileManager.default.isExecutableFile(atPath: setpriv.path) else { return nil }
            process.executableURL = setpriv
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandLineTests.Run(status: process.terminationStatus, output: "", errors: String(decoding: data, as: UTF8.self))
    }

    static func withProject(_ body: (URL) throws -> Void) throws {
        try TestFiles.withTemporaryFolder { folder in
            try TestFiles.write(TestFiles.minimalData, to: "Data/2016H1.yaml", in: folder)
            try TestFiles.write(TestFiles.minimalData, to: "Data/2015H2/01-辦公室.yaml", in: folder)
            defer { _ = chmod(folder.appendingPathComponent("Data").path, 0o755) }
            try body(folder)
        }
    }

    static let hint = "ask whoever set it up for access, or copy the files somewhere you may read them"

    @Test(arguments: [
        ("Data/2016H1.yaml", 0o000, "2016H1", "Data/2016H1.yaml: error: cannot read the file: permission denied\n  hint: check that you may read it (ls -l Data/2016H1.yaml); \(hint)\n"),
        ("Data/2015H2", 0o000, "2015H2", "Data/2015H2: error: cannot list the department folder: permission denied\n  hint: check that you may open it (ls -ld Data/2015H2); \(hint)\n"),
        ("Data/2015H2/01-辦公室.yaml", 0o000, "2015H2", "Data/2015H2/01-辦公室.yaml: error: cannot read the file: permission denied\n  hint: check that you may read it (ls -l Data/2015H2/01-辦公室.yaml); \(hint)\n"),
        ("Data", 0o600, "2016H1", "Data: error: cannot look into the data folder: permission denied\n  hint: check that you may open it (ls -ld Data); \(hint)\n"),
        ("Data", 0o711, "2017H1", "Data: error: cannot list the data folder: permission denied\n  hint: check that you may open it (ls -ld Data); \(hint)\n"),
    ])
    func anUnreadablePlaceIsSaidToBeOne(_ path: String, _ mode: Int, _ period: String, _ expected: String) throws {
        try Self.withProject { folder in
            let target = folder.appendingPathComponent(path).path
            #expect(chmod(target, mode_t(mode)) == 0)
            defer { _ = chmod(target, path.hasSuffix(".yaml") ? 0o644 : 0o755) }
            guard let run = try Self.runAsUser(["--period", period, "--check"], in: folder) else { return }
            #expect(run.status == 1)
            #expect(run.errors == expected)
        }
    }

    /// `summarize list` over a data folder it may not list says so, rather than that no period has data.
    @Test func listSaysTheDataFolderCannotBeRead() throws {
        try Self.withProject { folder in
            let data = folder.appendingPathComponent("Data").path
            #expect(chmod(data, 0o711) == 0)
            defer { _ = chmod(data, 0o755) }
            guard let run = try Self.runAsUser(["list"], in: folder) else { return }
            #expect(run.status == 1)
            #expect(run.errors == "Data: error: cannot list the data folder: permission denied\n  hint: check that you may open it (ls -ld Data); \(Self.hint)\n")
        }
    }

    /// An earlier period that cannot be read leaves the comparison out, with a warning.
    @Test func anUnreadableEarlierPeriodIsAWarning() throws {
        try Self.withProject { folder in
            let earlier = folder.appendingPathComponent("Data/2015H2").path
            #expect(chmod(earlier, 0o000) == 0)
            defer { _ = chmod(earlier, 0o755) }
            guard let run = try Self.runAsUser(["--period", "2016H1", "--check"], in: folder) else { return }
            #expect(run.status == 0)
            #expect(run.errors == "Data/2015H2: warning: cannot list the department folder: permission denied, so this report is not compared with 2015H2\n  hint: check that you may open it (ls -ld Data/2015H2); \(Self.hint)\n")
        }
    }

    /// The reasons in words, whoever runs the tests.
    @Test func theReasonIsInWords() {
        let denied = FileSystemError(path: "Data/2016H1.yaml", code: EACCES).readingDiagnostic(file: "Data/2016H1.yaml", "cannot read the file")
        #expect(denied.description == "Data/2016H1.yaml: error: cannot read the file: permission denied\n  hint: check that you may read it (ls -l Data/2016H1.yaml); \(Self.hint)")
        let failing = FileSystemError(path: "Data", code: EIO).readingDiagnostic(file: "Data", "cannot list the data folder", isFolder: true)
        #expect(failing.description == "Data: error: cannot list the data folder: input/output error (the disk may be failing)\n  hint: check that the folder is the right one and can be read (ls -ld Data)")
    }
}
