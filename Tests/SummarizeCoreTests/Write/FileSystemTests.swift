import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The POSIX layer: failures say the path and the reason in words, never a Cocoa error number.
@Suite struct FileSystemTests {
    @Test(arguments: [
        (EACCES, "permission denied", "check who may write in Output (ls -ld Output), or write somewhere else"),
        (EPERM, "permission denied", "check who may write in Output (ls -ld Output), or write somewhere else"),
        (ENOSPC, "no space left on the device", "free some space on the disk, or write somewhere else; nothing was replaced"),
        (EDQUOT, "the disk quota is used up", "free some space on the disk, or write somewhere else; nothing was replaced"),
        (EROFS, "read-only file system", "the disk is mounted read-only; write somewhere else"),
        (EISDIR, "a folder has this name", "move or rename the folder Output/2016H1.html"),
        (EIO, "input/output error (the disk may be failing)", "the fallback"),
    ] as [(Int32, String, String)])
    func reasonsAreWords(_ code: Int32, _ reason: String, _ hint: String) {
        let diagnostic = FileSystemError(path: "/tmp/x/.2016H1.html.0.tmp", code: code)
            .diagnostic(file: "Output/2016H1.html", "cannot write the report", hint: "the fallback")
        #expect(diagnostic.description == "Output/2016H1.html: error: cannot write the report: \(reason)\n  hint: \(hint)")
    }

    /// A real full disk: the sink's bytes go to /dev/full, which fails every write with ENOSPC.
    @Test func aFullDiskIsSaidSo() throws {
        let descriptor = open("/dev/full", O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }  // no /dev/full here
        let file = FileWriter(descriptor: descriptor, path: "/dev/full", displayName: "Output/2016H1.html")
        var sink = OutputSink(file)
        let error = #expect(throws: DiagnosticError.self) { try sink.write(String(repeating: "科", count: 30_000)) }
        #expect(error?.description == """
            Output/2016H1.html: error: cannot write the report: no space left on the device
              hint: free some space on the disk, or write somewhere else; nothing was replaced
            """)
        #expect(file.finish()?.code == ENOSPC, "the failure sticks")
    }

    /// A real refusal, even to root: sysfs lets no one create folders at its top.
    @Test func aFolderThatCannotBeCreatedSaysPermissionDenied() throws {
        guard FileStatus(path: "/sys")?.isDirectory == true, mkdir("/sys/summarize-probe", 0o777) != 0, errno == EACCES || errno == EPERM
        else { return }
        let error = #expect(throws: DiagnosticError.self) { try OutputTransaction(folder: URL(fileURLWithPath: "/sys/summarize-out")) }
        #expect(error?.description == """
            /sys/summarize-out: error: cannot create the output folder: permission denied
              hint: check who may write in /sys (ls -ld /sys), or write somewhere else
            """)
    }

    @Test func aFileWhereAFolderShouldBeIsSaidSo() throws {
        try TestFiles.withTemporaryFolder { folder in
            try Data("x".utf8).write(to: folder.appendingPathComponent("Output"))
            let error = #expect(throws: DiagnosticError.self) {
                try OutputTransaction(folder: folder.appendingPathComponent("Output/2016"))
            }
            #expect(error?.diagnostics.first?.message == "cannot create the output folder: a file stands where a folder should be")
        }
    }

    /// O_EXCL never follows a link: a dangling one of the name counts as taken, and its target is not created.
    @Test func createNewFileRefusesADanglingLink() throws {
        try TestFiles.withTemporaryFolder { folder in
            let link = folder.appendingPathComponent("link").path
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target")
            #expect(throws: FileSystemError.self) { try FileSystem.createNewFile(link) }
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("target").path))
        }
    }

    @Test func statusSeesLinksAndOwners() throws {
        try TestFiles.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("f")
            try Data("12345".utf8).write(to: file)
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("l").path, withDestinationPath: "f")
            let status = try #require(FileStatus(path: folder.appendingPathComponent("l").path))
            let link = try #require(FileStatus(linkAt: folder.appendingPathComponent("l").path))
            #expect(status.isRegularFile && status.size == 5 && status.owner == FileSystem.effectiveUser)
            #expect(link.isSymbolicLink && link.identity != status.identity)
            #expect(FileStatus(path: folder.path)?.isDirectory == true)
            #expect(FileStatus(path: folder.appendingPathComponent("missing").path) == nil)
        }
    }
}
