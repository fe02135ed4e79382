import Foundation

/// One run's output files, written as one step: all of them replace the old ones, or none does.
///
/// ```swift
/// let written = try OutputTransaction.write(into: outputFolder) { out in
///     try out.file(named: "2016H1.html") { sink in try sink.write(html) }
///     try out.file(named: "2016H1.txt") { sink in try sink.write(text) }
/// }
/// ```
/// - Each file is streamed into a hidden temporary file in the same folder (`.2016H1.html.<random>.tmp`, created
///   with `O_EXCL`), so the final rename never crosses file systems; the sink counts the bytes.
/// - ``commit()`` first checks that every rename can succeed (no folder has a target's name, the folder is
///   writable, and the sticky bit lets us replace each target), then renames them all. Each file being replaced
///   keeps a second name (a hard link, `.2016H1.html.<random>.bak`) until the end, so that if a rename still fails
///   halfway, the files already replaced are put back byte for byte.
/// - On any failure, ``abort()``, deinit, or SIGINT/SIGTERM/SIGHUP (see ``InterruptCleanup``), the temporary
///   files are removed and every existing file stays as it was.
/// - The folder is locked (``FolderLock``) from the start to the end, so that two runs into one folder never leave
///   a mixed set, and temporary files that a killed run left behind are removed by the next.
///
/// The files are not flushed to disk (`fsync`) before the renames. That guards against power loss, not against a
/// failed or interrupted run, and a report is derived data that one command writes again; the flush cost 2–8 ms of
/// a run that otherwise takes about 20. Replacing an existing report stays safe even then: ext4, the usual Linux
/// file system, writes a file's data before a rename over an existing file takes effect.
@_spi(Stages) public final class OutputTransaction {
    /// A file the transaction wrote.
    public struct WrittenFile: Sendable, Equatable {
        var url: URL
        /// Its size: the bytes the sink was given.
        var byteCount: Int
    }

    /// The folder the files go into.
    let folder: URL
    let hooks: Hooks
    private let lock: FolderLock
    private var state = State.open
    /// The files written so far, in order, each still under its temporary name.
    var pending: [Pending] = []

    enum State { case open, committed, aborted }

    struct Pending {
        var name: String
        var url: URL
        var temporary: String
        var byteCount: Int
        var displayName: String { url.relativePath }
    }

    /// Points where tests reach in.
    struct Hooks {
        /// Whether a target may be replaced, given its and its folder's status; nil for the real rule (see
        /// ``OutputTransaction/mayReplace(_:in:as:)``).
        var mayReplace: ((_ target: FileStatus, _ folder: FileStatus) -> Bool)?
        /// Called after the check, before the rename of the file at each index.
        var beforeRename: ((_ index: Int, _ target: URL) -> Void)?
    }

    /// Creates the folder if needed and takes its lock, waiting (silently) while another run holds it.
    convenience init(folder: URL) throws(DiagnosticError) {
        try self.init(folder: folder, hooks: Hooks())
    }

    init(folder: URL, hooks: Hooks) throws(DiagnosticError) {
        self.folder = folder
        self.hooks = hooks
        let shown = folder.relativePath
        do {
            try FileSystem.makeFolders(folder.path)
        } catch {
            throw DiagnosticError(error.diagnostic(file: shown, "cannot create the output folder",
                                                   hint: "check the path, or name another folder with --output"))
        }
        do {
            lock = try FolderLock(folder: folder.path)
        } catch {
            switch error {
            case let .file(failure):
                let lockFile = (shown as NSString).appendingPathComponent(FolderLock.fileName)
                throw DiagnosticError(failure.diagnostic(
                    file: lockFile, "cannot lock the output folder",
                    hint: "\(lockFile) must be a plain file or absent; remove whatever has its name"))
            case .heldByThisThread:
                throw DiagnosticError(Diagnostic(file: shown, "this run is already writing into the output folder",
                                                 hint: "commit or abort the first OutputTransaction before opening another"))
            }
        }
    }

    deinit {
        abort()
    }

    /// Writes all the files that `body` produces with ``file(named:_:)`` and commits them; any error aborts. A
    /// ``DiagnosticError`` from `body` is passed on as it is.
    @discardableResult
    public static func write(into folder: URL, _ body: (OutputTransaction) throws -> Void) throws(DiagnosticError) -> [WrittenFile] {
        let transaction = try OutputTransaction(folder: folder)
        do {
            try body(transaction)
        } catch {
            transaction.abort()
            throw error as? DiagnosticError
                ?? DiagnosticError(Diagnostic(file: folder.relativePath, "cannot write the reports: \(error)"))
        }
        return try transaction.commit()
    }

    /// Writes a file of the folder, under a temporary name until ``commit()``, and returns its size in bytes.
    ///
    /// An error thrown by `write`, or by the sink, aborts the whole transaction. A name written twice keeps the
    /// second contents.
    @discardableResult
    public func file(named name: String, _ write: (inout OutputSink) throws -> Void) throws(DiagnosticError) -> Int {
        try checkOpen()
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.contains("\0") else {
            abort()
            throw DiagnosticError(Diagnostic(file: folder.relativePath, "'\(name)' is not a file name",
                                             hint: "an output file is named by one path component, such as 2016H1.html"))
        }
        let url = folder.appendingPathComponent(name)
        if let earlier = pending.firstIndex(where: { $0.name == name }) {
            InterruptCleanup.guarding { files in
                FileSystem.remove(pending[earlier].temporary)
                files.remove(pending[earlier].temporary)
            }
            pending.remove(at: earlier)
        }
        removeLeftovers(of: name)

        let file: FileWriter
        do {
            file = try createTemporary(for: name, displayName: url.relativePath)
        } catch {
            abort()
            throw DiagnosticError(error.diagnostic(file: url.relativePath, "cannot write the report",
                                                   hint: "check that the output folder is writable"))
        }
        pending.append(Pending(name: name, url: url, temporary: file.path, byteCount: 0))
        var sink = OutputSink(file)
        var thrown: DiagnosticError?
        do {
            try write(&sink)
        } catch let error as DiagnosticError {
            thrown = error
        } catch {
            thrown = DiagnosticError(Diagnostic(file: url.relativePath, "cannot write the report: \(error)"))
        }
        // A write that failed wins over whatever the caller made of it.
        if let failure = file.finish() {
            thrown = DiagnosticError(file.diagnostic(for: failure))
        }
        if let thrown {
            abort()
            throw thrown
        }
        pending[pending.count - 1].byteCount = file.byteCount
        return file.byteCount
    }

    /// Removes every temporary file and releases the folder. Nothing that existed before is changed. Does nothing
    /// after ``commit()``.
    func abort() {
        guard state == .open else { return }
        state = .aborted
        InterruptCleanup.guarding { files in
            for file in pending {
                FileSystem.remove(file.temporary)
                files.remove(file.temporary)
            }
        }
        pending = []
        lock.release()
    }

    func checkOpen() throws(DiagnosticError) {
        guard state == .open else {
            throw DiagnosticError(Diagnostic(file: folder.relativePath,
                                             "the output transaction was already \(state == .committed ? "committed" : "aborted")",
                                             hint: "open a new OutputTransaction for another set of files"))
        }
    }

    /// Marks the transaction done and releases the folder.
    func finish(_ outcome: State) {
        state = outcome
        pending = []
        lock.release()
    }

    /// A new hidden file beside the target, recorded for removal on a signal before it exists.
    private func createTemporary(for name: String, displayName: String) throws(FileSystemError) -> FileWriter {
        while true {
            let path = folder.appendingPathComponent(".\(name).\(Self.randomTag()).tmp").path
            do {
                let descriptor = try InterruptCleanup.guarding { (files: inout Set<String>) throws(FileSystemError) -> Int32 in
                    let descriptor = try FileSystem.createNewFile(path)
                    files.insert(path)
                    return descriptor
                }
                return FileWriter(descriptor: descriptor, path: path, displayName: displayName)
            } catch where error.code == EEXIST {
                continue  // 1 in 2^64: another name
            }
        }
    }

    /// Removes the temporary and backup files of `name` that a run ended by SIGKILL or a power cut left behind:
    /// those older than our lock, since while we hold it no other run can be writing.
    private func removeLeftovers(of name: String) {
        let prefix = ".\(name)."
        for entry in (try? FileSystem.names(in: folder.path)) ?? [] where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count)
            guard let dot = rest.lastIndex(of: "."), ["tmp", "bak"].contains(rest[rest.index(after: dot)...]),
                  !rest[..<dot].isEmpty, rest[..<dot].allSatisfy({ $0.isASCII && ($0.isHexDigit || $0.isNumber) })
            else { continue }
            let path = folder.appendingPathComponent(entry).path
            if let status = FileStatus(linkAt: path), status.isRegularFile, status.modified < lock.acquired {
                FileSystem.remove(path)
            }
        }
    }

    /// 16 hex digits.
    static func randomTag() -> String {
        let value = UInt64.random(in: .min ... .max)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
