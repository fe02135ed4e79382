import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// One run's files as one step: all replaced or none, byte for byte, and nothing hidden left behind.
@Suite struct OutputTransactionTests {
    /// Every name in a folder, hidden ones included.
    static func names(in folder: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
    }

    static func bytes(_ url: URL) -> Data? { try? Data(contentsOf: url) }

    /// The messages, with the output folder named as a person who runs summarize beside it would (`Output/…`).
    static func messages(_ error: DiagnosticError?, _ output: URL) -> String {
        (error?.description ?? "").replacingOccurrences(of: output.deletingLastPathComponent().path + "/", with: "")
    }

    /// An output folder holding last week's reports.
    static func withOldReports(_ body: (URL, [String: Data]) throws -> Void) throws {
        try TestFiles.withTemporaryFolder { folder in
            let output = folder.appendingPathComponent("Output")
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            var old: [String: Data] = [:]
            for name in ["2016H1.html", "2016H1.txt", "2016H1.md"] {
                old[name] = Data("last week's \(name)\u{0}\u{FF}".utf8)
                try old[name]!.write(to: output.appendingPathComponent(name))
            }
            try body(output, old)
        }
    }

    static func expectUnchanged(_ output: URL, _ old: [String: Data], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for (name, data) in old { #expect(bytes(output.appendingPathComponent(name)) == data, "\(name)", sourceLocation: sourceLocation) }
        #expect(names(in: output) == old.keys.sorted(), sourceLocation: sourceLocation)
    }

    @Test func writesEveryFileCountsItsBytesAndLeavesNothingElse() throws {
        try TestFiles.withTemporaryFolder { folder in
            let output = folder.appendingPathComponent("new/Output")  // created, with the folder above it
            let big = String(repeating: "科普宣傳 ", count: 40_000)  // past the sink's buffer: written straight
            let written = try OutputTransaction.write(into: output) { out in
                try out.file(named: "2016H1.html") { sink in
                    for piece in ["<p>", "認真做好", "</p>\n"] { try sink.write(piece) }
                    try sink.write(big)
                    try sink.write("👩‍💻")
                }
                try out.file(named: "2016H1.eml") { sink in try sink.write(Data([0, 1, 2, 0xFF])) }
            }
            let html = "<p>認真做好</p>\n" + big + "👩‍💻"
            #expect(written == [.init(url: output.appendingPathComponent("2016H1.html"), byteCount: html.utf8.count),
                                .init(url: output.appendingPathComponent("2016H1.eml"), byteCount: 4)])
            #expect(Self.bytes(output.appendingPathComponent("2016H1.html")) == Data(html.utf8))
            #expect(Self.bytes(output.appendingPathComponent("2016H1.eml")) == Data([0, 1, 2, 0xFF]))
            #expect(Self.names(in: output) == ["2016H1.eml", "2016H1.html"], "no lock file or temporary is left")
        }
    }

    @Test func anErrorWhileWritingChangesNothing() throws {
        struct RendererFailed: Error {}
        try Self.withOldReports { output, old in
            let error = #expect(throws: DiagnosticError.self) {
                try OutputTransaction.write(into: output) { out in
                    try out.file(named: "2016H1.html") { try $0.write("new") }
                    try out.file(named: "2016H1.txt") { sink in
                        try sink.write("half")
                        throw RendererFailed()
                    }
                }
            }
            #expect(Self.messages(error, output).hasPrefix("Output/2016H1.txt: error: cannot write the report: RendererFailed"))
            Self.expectUnchanged(output, old)
        }
    }

    /// A diagnostic thrown while writing (a template problem) reaches the caller as it was.
    @Test func aDiagnosticFromTheWriterPassesThrough() throws {
        try Self.withOldReports { output, old in
            let problem = Diagnostic(file: "Templates/zh-Hant/report.md.mustache", "unclosed section")
            let error = #expect(throws: DiagnosticError.self) {
                try OutputTransaction.write(into: output) { out in
                    try out.file(named: "2016H1.html") { _ in throw DiagnosticError(problem) }
                }
            }
            #expect(error?.diagnostics == [problem])
            Self.expectUnchanged(output, old)
        }
    }

    @Test func abortAndDeinitRemoveTheTemporaries() throws {
        try Self.withOldReports { output, old in
            let transaction = try OutputTransaction(folder: output)
            try transaction.file(named: "2016H1.html") { try $0.write("new") }
            #expect(Self.names(in: output).contains { $0.hasPrefix(".2016H1.html.") && $0.hasSuffix(".tmp") })
            transaction.abort()
            Self.expectUnchanged(output, old)
            #expect(throws: DiagnosticError.self) { try transaction.commit() }

            do {
                let forgotten = try OutputTransaction(folder: output)
                try forgotten.file(named: "2016H1.txt") { try $0.write("new") }
                #expect(InterruptCleanup.recordedFiles.contains { $0.hasPrefix(output.path + "/.2016H1.txt.") })
            }
            Self.expectUnchanged(output, old)
            #expect(!InterruptCleanup.recordedFiles.contains { $0.hasPrefix(output.path + "/") }, "nothing left for a signal to remove")
        }
    }

    /// The defect: in a sticky-bit folder where someone else owns the old .txt, `--format html,txt,md` failed on
    /// the .txt after the .html had been replaced. The check now comes before the first rename.
    @Test func aFileThatCannotBeReplacedIsFoundBeforeAnyRename() throws {
        try Self.withOldReports { output, old in
            var hooks = OutputTransaction.Hooks()
            hooks.mayReplace = { target, _ in target.size != old["2016H1.txt"]!.count }  // "owned by someone else"
            var renames = 0
            hooks.beforeRename = { _, _ in renames += 1 }
            let transaction = try OutputTransaction(folder: output, hooks: hooks)
            for name in ["2016H1.html", "2016H1.txt", "2016H1.md"] { try transaction.file(named: name) { try $0.write("new") } }
            let error = #expect(throws: DiagnosticError.self) { try transaction.commit() }
            #expect(Self.messages(error, output) == """
                Output/2016H1.txt: error: cannot replace the report: permission denied (it belongs to user 0, and in a folder \
                with the sticky bit only a file's owner, the folder's owner or root may replace it)
                  hint: ask its owner to remove Output/2016H1.txt, or write somewhere else with --output
                """)
            #expect(renames == 0)
            Self.expectUnchanged(output, old)
        }
    }

    /// The kernel's rule, on a real sticky folder whose files belong to others (`chown` needs root; the rule is
    /// asked for other users, since a process cannot give up root for one test).
    @Test func theStickyBitRule() throws {
        try TestFiles.withTemporaryFolder { folder in
            let shared = folder.appendingPathComponent("shared")
            try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
            let file = shared.appendingPathComponent("2016H1.txt")
            try Data("x".utf8).write(to: file)
            guard FileSystem.effectiveUser == 0, chown(file.path, 1001, 1001) == 0, chown(shared.path, 1002, 1002) == 0 else {
                return  // not root: only the synthetic cases below
            }
            #expect(chmod(shared.path, 0o1777) == 0)
            let target = try #require(FileStatus(linkAt: file.path)), sticky = try #require(FileStatus(path: shared.path))
            #expect(sticky.isSticky && target.owner == 1001)
            #expect(!OutputTransaction.mayReplace(target, in: sticky, as: 1003), "someone else")
            #expect(OutputTransaction.mayReplace(target, in: sticky, as: 1001), "the file's owner")
            #expect(OutputTransaction.mayReplace(target, in: sticky, as: 1002), "the folder's owner")
            #expect(OutputTransaction.mayReplace(target, in: sticky, as: 0), "root")
            #expect(chmod(shared.path, 0o777) == 0)
            let plain = try #require(FileStatus(path: shared.path))
            #expect(OutputTransaction.mayReplace(target, in: plain, as: 1003), "without the sticky bit, anyone who may write there")
        }
    }

    /// A rename that fails after others succeeded (here a folder appears where the third file goes) puts back
    /// what was replaced, from the second name it kept, and removes what was new.
    @Test func aRenameThatFailsHalfwayPutsTheReplacedFilesBack() throws {
        try Self.withOldReports { output, old in
            try FileManager.default.removeItem(at: output.appendingPathComponent("2016H1.txt"))
            var old = old
            old["2016H1.txt"] = nil
            let inode = FileStatus(path: output.appendingPathComponent("2016H1.html").path)?.identity
            var hooks = OutputTransaction.Hooks()
            hooks.beforeRename = { index, target in
                guard index == 3 else { return }
                try? FileManager.default.createDirectory(at: target.appendingPathComponent("notes"), withIntermediateDirectories: true)
            }
            let transaction = try OutputTransaction(folder: output, hooks: hooks)
            // Replaced, new, replaced, then the failure.
            for name in ["2016H1.html", "2016H1.eml", "2016H1.md", "2016H1.txt"] {
                try transaction.file(named: name) { try $0.write("new \(name)") }
            }
            let error = #expect(throws: DiagnosticError.self) { try transaction.commit() }
            #expect(Self.messages(error, output).hasPrefix("Output/2016H1.txt: error: cannot replace the report: a folder has this name"), "\(Self.messages(error, output))")
            for (name, data) in old { #expect(Self.bytes(output.appendingPathComponent(name)) == data, "\(name)") }
            #expect(Self.names(in: output) == ["2016H1.html", "2016H1.md", "2016H1.txt"])
            #expect(Self.names(in: output.appendingPathComponent("2016H1.txt")) == ["notes"])
            #expect(FileStatus(path: output.appendingPathComponent("2016H1.html").path)?.identity == inode, "the very same file")
        }
    }

    @Test func aFolderWhereAFileGoesIsRefusedBeforeAnyRename() throws {
        try Self.withOldReports { output, old in
            try FileManager.default.removeItem(at: output.appendingPathComponent("2016H1.md"))
            try FileManager.default.createDirectory(at: output.appendingPathComponent("2016H1.md/x"), withIntermediateDirectories: true)
            let error = #expect(throws: DiagnosticError.self) {
                try OutputTransaction.write(into: output) { out in
                    for name in ["2016H1.html", "2016H1.md"] { try out.file(named: name) { try $0.write("new") } }
                }
            }
            #expect(Self.messages(error, output) == "Output/2016H1.md: error: cannot write the report: a folder has this name\n  hint: move or rename the folder")
            #expect(Self.bytes(output.appendingPathComponent("2016H1.html")) == old["2016H1.html"])
            #expect(Self.names(in: output) == ["2016H1.html", "2016H1.md", "2016H1.txt"])
        }
    }

    /// What a run killed by SIGKILL left (its temporaries, a second name of a commit cut short) is removed by the
    /// next run that writes the same file; other hidden files are not touched.
    @Test func leftoversOfAKilledRunAreRemovedByTheNext() throws {
        try Self.withOldReports { output, _ in
            let leftovers = [".2016H1.html.3f9a0c1d2e3b4a59.tmp", ".2016H1.html.1234567890.tmp", ".2016H1.html.00ff00ff00ff00ff.bak"]
            let kept = [".2016H1.html.notes", ".2016H1.txt.3f9a0c1d2e3b4a59.tmp", ".my.tmp", ".2016H1.html.x-y.tmp"]
            let anHourAgo = Date().addingTimeInterval(-3600)
            for name in leftovers + kept {
                let url = output.appendingPathComponent(name)
                try Data("left".utf8).write(to: url)
                try FileManager.default.setAttributes([.modificationDate: anHourAgo], ofItemAtPath: url.path)
            }
            try OutputTransaction.write(into: output) { out in try out.file(named: "2016H1.html") { try $0.write("new") } }
            #expect(Self.names(in: output) == (kept + ["2016H1.html", "2016H1.md", "2016H1.txt"]).sorted())
        }
    }

    @Test(arguments: ["", ".", "..", "a/b", "../2016H1.html"])
    func aNameMustBeOneComponent(_ name: String) throws {
        try TestFiles.withTemporaryFolder { folder in
            #expect(throws: DiagnosticError.self) {
                try OutputTransaction.write(into: folder) { out in try out.file(named: name) { try $0.write("x") } }
            }
            #expect(Self.names(in: folder) == [])
        }
    }

    @Test func aLockFileThatIsALinkIsRefused() throws {
        try TestFiles.withTemporaryFolder { folder in
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(".summarize.lock").path,
                                                       withDestinationPath: "/etc/passwd")
            let error = #expect(throws: DiagnosticError.self) { try OutputTransaction(folder: folder) }
            #expect(error?.diagnostics.first?.message == "cannot lock the output folder: too many levels of symbolic links")
        }
    }

    /// Within one process: the same thread asking twice is refused (it would wait for itself); another thread
    /// waits until the first transaction is done.
    @Test func aSecondTransactionOnTheSameFolderWaitsOrIsRefused() throws {
        try TestFiles.withTemporaryFolder { folder in
            let first = try OutputTransaction(folder: folder)
            let error = #expect(throws: DiagnosticError.self) { try OutputTransaction(folder: folder) }
            #expect(error?.diagnostics.first?.message == "this run is already writing into the output folder")

            let events = Events()
            let second = Thread {
                events.append("waiting")
                _ = try? OutputTransaction.write(into: folder) { out in
                    events.append("second has the lock")
                    try out.file(named: "2016H1.txt") { try $0.write("second") }
                }
                events.done.signal()
            }
            second.start()
            Thread.sleep(forTimeInterval: 0.3)
            try first.file(named: "2016H1.txt") { try $0.write("first") }
            events.append("first commits")
            try first.commit()
            #expect(events.done.wait(timeout: .now() + 30) == .success)
            #expect(events.list == ["waiting", "first commits", "second has the lock"])
            #expect(Self.bytes(folder.appendingPathComponent("2016H1.txt")) == Data("second".utf8))
        }
    }

    final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        let done = DispatchSemaphore(value: 0)
        func append(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
        var list: [String] { lock.lock(); defer { lock.unlock() }; return items }
    }

    /// Many transactions on many threads into one folder: every commit leaves a matching pair, never a mix.
    @Test func concurrentTransactionsNeverLeaveAMixedSet() throws {
        try TestFiles.withTemporaryFolder { folder in
            let failures = Events()
            DispatchQueue.concurrentPerform(iterations: 8) { run in
                for round in 0..<5 {
                    let tag = "run \(run) round \(round)"
                    do {
                        try OutputTransaction.write(into: folder) { out in
                            try out.file(named: "2016H1.html") { try $0.write(tag) }
                            try out.file(named: "2016H1.txt") { try $0.write(tag) }
                        }
                        let html = Self.bytes(folder.appendingPathComponent("2016H1.html"))
                        let text = Self.bytes(folder.appendingPathComponent("2016H1.txt"))
                        if html == nil || text == nil { failures.append("missing after \(tag)") }
                    } catch {
                        failures.append("\(error)")
                    }
                }
            }
            #expect(failures.list == [])
            #expect(Self.bytes(folder.appendingPathComponent("2016H1.html")) == Self.bytes(folder.appendingPathComponent("2016H1.txt")))
            #expect(Self.names(in: folder) == ["2016H1.html", "2016H1.txt"])
        }
    }
}
