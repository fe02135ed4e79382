import Foundation

extension OutputFile {
    /// Writes several files as one step: each goes to a temporary file first, and only when every one of them is
    /// complete on disk are they renamed into place. A failure before that point removes the temporary files and
    /// leaves every existing file as it was, so a run never leaves a mixed set (a new .html beside an old .eml).
    /// The renames themselves cannot be made atomic together; each one alone is.
    public static func writeAll(_ files: [(contents: OutputContents, url: URL)]) throws(DiagnosticError) {
        var written: [(temporary: URL, url: URL)] = []
        func removeTemporaries() {
            for file in written { try? FileManager.default.removeItem(at: file.temporary) }
        }
        for file in files {
            let folder = file.url.deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                removeTemporaries()
                throw DiagnosticError(Diagnostic(file: folder.relativePath, "cannot create the output folder: \(error.localizedDescription)"))
            }
            let temporary = folder.appendingPathComponent(".\(file.url.lastPathComponent).\(UInt32.random(in: .min ... .max)).tmp")
            do {
                // open(2) rather than FileManager.createFile, which writes and renames a file of its own first.
                let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
                guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                written.append((temporary, file.url))
                let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
                defer { try? handle.close() }
                try file.contents.write(to: handle)
            } catch {
                removeTemporaries()
                throw DiagnosticError(Diagnostic(file: file.url.relativePath, "cannot write the report: \(error.localizedDescription)",
                                                 hint: "check that the output folder is writable and the disk is not full"))
            }
        }
        // A folder where a file should go would make its rename fail after the earlier ones; refuse before any.
        for file in written {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: file.url.path, isDirectory: &isFolder), isFolder.boolValue {
                removeTemporaries()
                throw DiagnosticError(Diagnostic(file: file.url.relativePath, "cannot write the report: a folder has this name",
                                                 hint: "move or rename the folder"))
            }
        }
        for (index, file) in written.enumerated() where rename(file.temporary.path, file.url.path) != 0 {
            let reason = String(cString: strerror(errno))
            for rest in written[index...] { try? FileManager.default.removeItem(at: rest.temporary) }
            throw DiagnosticError(Diagnostic(file: file.url.relativePath, "cannot write the report: \(reason)",
                                             hint: "check that the output folder is writable"))
        }
    }
}
