import Foundation

/// Writes a file that must not exist yet, and never replaces anything: not a file that appeared meanwhile (ten
/// `init`s at once: one succeeds), not a symbolic link, not even one that points nowhere.
///
/// The text goes to a hidden temporary file in the same folder first, which is then given the final name with
/// `link(2)`, the one call that fails when the name is taken, and the temporary name is removed; readers see no
/// file or the whole file. Where a file system has no hard links (FAT, some network mounts), the file is created
/// under its final name with `O_EXCL` and written there instead: still never a replacement, though a reader could
/// then see it half-written.
enum NewFile {
    enum Failure: Error {
        /// Something has the name; its status, not following a link.
        case exists(FileStatus?)
        case file(FileSystemError)
    }

    static func create(_ url: URL, text: String) throws(Failure) {
        try create(url, contents: Data(text.utf8))
    }

    /// The same for any bytes (`summarize templates --reference-docx` writes a Word document).
    static func create(_ url: URL, contents: Data) throws(Failure) {
        let target = url.path
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(OutputTransaction.randomTag()).tmp").path
        try write(contents, toNew: temporary)
        let linked: Result<Void, FileSystemError> = InterruptCleanup.guarding { files in
            defer {
                FileSystem.remove(temporary)
                files.remove(temporary)
            }
            do throws(FileSystemError) {
                try FileSystem.link(temporary, as: target)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        guard case let .failure(error) = linked else { return }
        switch error.code {
        case EEXIST:
            throw .exists(FileStatus(linkAt: target))
        case EPERM, EOPNOTSUPP, ENOTSUP, EXDEV, EMLINK:
            try write(contents, toNew: target)  // no hard links here
        default:
            throw .file(error)
        }
    }

    /// Creates `path`, which must not exist, and writes the bytes; on failure nothing is left at `path`.
    private static func write(_ contents: Data, toNew path: String) throws(Failure) {
        let descriptor: Int32
        do {
            descriptor = try InterruptCleanup.guarding { (files: inout Set<String>) throws(FileSystemError) -> Int32 in
                let descriptor = try FileSystem.createNewFile(path)
                files.insert(path)
                return descriptor
            }
        } catch {
            throw error.code == EEXIST ? .exists(FileStatus(linkAt: path)) : .file(error)
        }
        let file = FileWriter(descriptor: descriptor, path: path, displayName: path)
        _ = contents.withUnsafeBytes { file.append($0) }
        let failure = file.finish()
        InterruptCleanup.guarding { files in
            if failure != nil { FileSystem.remove(path) }
            files.remove(path)
        }
        if let failure { throw .file(failure) }
    }
}
