import Foundation

extension OutputTransaction {
    /// Renames every file into place and releases the folder; returns the files in the order written.
    ///
    /// Before the first rename, each target is checked (``refusal(toReplace:)``), and a problem aborts with nothing
    /// changed. A rename that still fails (a folder made meanwhile, a file made immutable) puts back the files
    /// already replaced, from the second name each kept, and removes the new ones that had no predecessor.
    @discardableResult
    public func commit() throws(DiagnosticError) -> [WrittenFile] {
        try checkOpen()
        for file in pending {
            if let refusal = refusal(toReplace: file) {
                abort()
                throw DiagnosticError(refusal)
            }
        }
        let files = pending
        // Inside `guarding` no signal cleanup can run, so an interrupted run never stops halfway through.
        let failure: Diagnostic? = InterruptCleanup.guarding { recorded in
            var replaced: [(file: Pending, backup: String?)] = []
            var failure: Diagnostic?
            for (index, file) in files.enumerated() {
                hooks.beforeRename?(index, file.url)
                let target = file.url.path
                let backup: String?
                do throws(FileSystemError) {
                    backup = try keepSecondName(of: target, name: file.name)
                } catch {
                    failure = error.diagnostic(file: file.displayName, "cannot replace the report",
                                               hint: "check that the output folder is writable")
                    break
                }
                do throws(FileSystemError) {
                    try FileSystem.rename(file.temporary, to: target)
                    recorded.remove(file.temporary)
                    replaced.append((file, backup))
                } catch {
                    // The old file may be under its second name only (when no hard link could be made).
                    if let backup, FileStatus(linkAt: target) == nil { try? FileSystem.rename(backup, to: target) }
                    if let backup { FileSystem.remove(backup) }
                    failure = error.diagnostic(file: file.displayName, "cannot write the report",
                                               hint: "check that the output folder is writable")
                    break
                }
            }
            guard var failure else {
                for file in replaced { if let backup = file.backup { FileSystem.remove(backup) } }
                return nil
            }
            // Put back what was replaced, newest first, and remove what is new.
            var notRestored: [String] = []
            for file in replaced.reversed() {
                if let backup = file.backup {
                    do { try FileSystem.rename(backup, to: file.file.url.path) } catch {
                        notRestored.append("\(file.file.displayName) (the old file is \(backup))")
                    }
                } else {
                    FileSystem.remove(file.file.url.path)
                }
            }
            for file in files where recorded.contains(file.temporary) {
                FileSystem.remove(file.temporary)
                recorded.remove(file.temporary)
            }
            if !notRestored.isEmpty {
                failure.hint = (failure.hint ?? "") + "; could not put back " + notRestored.joined(separator: ", ")
            }
            return failure
        }
        if let failure {
            finish(.aborted)
            throw DiagnosticError(failure)
        }
        finish(.committed)
        return files.map { WrittenFile(url: $0.url, byteCount: $0.byteCount) }
    }

    /// Gives an existing target a second, hidden name, so that it can be put back; nil when there is no target.
    /// A hard link keeps the file where it is; where none can be made (a file system without them, or
    /// `fs.protected_hardlinks` for a file of someone else), the file is moved to that name instead.
    private func keepSecondName(of target: String, name: String) throws(FileSystemError) -> String? {
        guard let status = FileStatus(linkAt: target) else { return nil }
        // A folder made since the check: never moved aside, and the rename over it would fail.
        if status.isDirectory { throw FileSystemError(path: target, code: EISDIR) }
        while true {
            let backup = folder.appendingPathComponent(".\(name).\(Self.randomTag()).bak").path
            do {
                try FileSystem.link(target, as: backup)
                return backup
            } catch where error.code == EEXIST {
                continue
            } catch {
                do {
                    try FileSystem.rename(target, to: backup)
                    return backup
                } catch where error.code == EEXIST {
                    continue
                }
            }
        }
    }

    /// Why renaming a file over its target would fail, found out before any file is renamed; nil if it will not.
    private func refusal(toReplace file: Pending) -> Diagnostic? {
        let folderPath = folder.path
        guard let folderStatus = FileStatus(path: folderPath) else {
            return Diagnostic(file: folder.relativePath, "cannot write the report: the output folder is gone",
                              hint: "run again; something removed the folder while the report was written")
        }
        if !FileSystem.mayWrite(inFolder: folderPath) {
            return FileSystemError(path: folderPath, code: EACCES)
                .diagnostic(file: file.displayName, "cannot write the report", hint: "")
        }
        guard let target = FileStatus(linkAt: file.url.path) else { return nil }
        if target.isDirectory {
            return Diagnostic(file: file.displayName, "cannot write the report: a folder has this name",
                              hint: "move or rename the folder")
        }
        let allowed = hooks.mayReplace?(target, folderStatus) ?? Self.mayReplace(target, in: folderStatus)
        if !allowed {
            return Diagnostic(
                file: file.displayName,
                "cannot replace the report: permission denied (it belongs to user \(target.owner), and in a folder with the sticky bit only a file's owner, the folder's owner or root may replace it)",
                hint: "ask its owner to remove \(file.displayName), or write somewhere else with --output")
        }
        return nil
    }

    /// The kernel's rule for replacing a file by rename(2) in a writable folder: anyone may, except that in a
    /// folder with the sticky bit (`/tmp`, a shared `Output/` set up with `chmod +t`) only the file's owner, the
    /// folder's owner or root may.
    static func mayReplace(_ target: FileStatus, in folder: FileStatus, as user: UInt32 = FileSystem.effectiveUser) -> Bool {
        !folder.isSticky || user == 0 || target.owner == user || folder.owner == user
    }
}
