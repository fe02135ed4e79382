import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// The file calls of reading data, each failure kept with its reason (`errno`), so that a folder or a file the
/// person may not read is reported as "permission denied" with its path, not as a file that is missing, empty or
/// not UTF-8 (what Foundation's `fileExists`, `contentsOfDirectory` and `FileHandle` make of it).
enum DataFileAccess {
    /// What is at a path.
    enum Presence {
        case present(FileStatus)
        /// Nothing of that name (or a file where a folder on the way should be).
        case absent
        /// It cannot be examined: a folder on the way may not be searched, say.
        case unknown(FileSystemError)
    }

    static func presence(of path: String) -> Presence {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            return code == ENOENT || code == ENOTDIR ? .absent : .unknown(FileSystemError(path: path, code: code))
        }
        guard let status = FileStatus(path: path) else { return .absent }  // removed in between
        return .present(status)
    }

    /// At most `limit` bytes of a file, plus one to tell that there are more. `expectedSize` (from `stat`) sizes
    /// the buffer, so that ten thousand small department files cost ten thousand small reads.
    static func read(_ path: String, limit: Int, expectedSize: Int) throws(FileSystemError) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(path: path, code: errno) }
        defer { close(descriptor) }
        var data = Data(count: min(limit, max(expectedSize, 0)) + 1)
        var filled = 0
        while filled <= limit {
            if filled == data.count { data.count = min(limit + 1, data.count * 2) }
            let count = data.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(path: path, code: errno)
            }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return data
    }
}

extension FileSystemError {
    /// A problem reading data, worded for the person: "permission denied" with the path, and what to check.
    func readingDiagnostic(file: String, _ what: String, isFolder: Bool = false) -> Diagnostic {
        let hint = isPermissionDenied
            ? "check that you may \(isFolder ? "open" : "read") it (ls -l\(isFolder ? "d" : "") \(file)); ask whoever set it up for access, or copy the files somewhere you may read them"
            : "check that the \(isFolder ? "folder" : "file") is the right one and can be read (ls -l\(isFolder ? "d" : "") \(file))"
        return Diagnostic(file: file, "\(what): \(reason)", hint: hint)
    }
}
