import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The C calls whose names ``FileSystem``'s own functions reuse.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, bytes, count) }
private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
private func systemLink(_ existing: String, _ new: String) -> Int32 { link(existing, new) }
private func systemRename(_ old: String, _ new: String) -> Int32 { rename(old, new) }

/// Every POSIX file call of the library, in one place: open, write, close, link, rename, unlink, mkdir, stat,
/// realpath, readlink, flock. The rest of the code calls these and never `errno`; a failure comes back as a
/// ``FileSystemError`` that names the path and says the reason in words ("permission denied").
///
/// Foundation's FileManager says the same failures as "The operation could not be completed" with a Cocoa error
/// number, and offers no exclusive create, no hard link and no lock.
enum FileSystem {
    // MARK: Examining

    static func status(of path: String, followingLinks: Bool) -> FileStatus? {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        let kind: FileStatus.Kind = switch info.st_mode & S_IFMT {
        case S_IFREG: .regularFile
        case S_IFDIR: .directory
        case S_IFLNK: .symbolicLink
        default: .other
        }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return FileStatus(kind: kind, size: Int(info.st_size), owner: UInt32(info.st_uid),
                          permissions: UInt32(info.st_mode) & 0o7777,
                          identity: .init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)),
                          modified: .init(seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec)))
    }

    /// What a symbolic link points to, as written in it.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The names in a folder, `.` and `..` left out.
    static func names(in folder: String) throws(FileSystemError) -> [String] {
        guard let directory = opendir(folder) else { throw FileSystemError(path: folder, code: errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Whether this process may create and remove entries in a folder.
    static func mayWrite(inFolder path: String) -> Bool {
        access(path, W_OK | X_OK) == 0
    }

    /// The current working folder, as an absolute path.
    static var currentFolder: String {
        guard let path = getcwd(nil, 0) else { return FileManager.default.currentDirectoryPath }
        defer { free(path) }  // malloc'd by getcwd
        return String(cString: path)
    }

    /// The user this process acts as (0 for root).
    static var effectiveUser: UInt32 { UInt32(geteuid()) }

    static func now() -> FileStatus.Timestamp {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return .init(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec))
    }

    // MARK: Changing

    /// Creates a new file for writing and fails if anything, even a dangling symbolic link, has its name
    /// (`O_CREAT | O_EXCL`, which never follows a link). The descriptor is not inherited by child processes.
    static func createNewFile(_ path: String) throws(FileSystemError) -> Int32 {
        let descriptor = retryingInterrupts { open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666) }
        guard descriptor >= 0 else { throw FileSystemError(path: path, code: errno) }
        return descriptor
    }

    /// Writes all the bytes, however many calls `write(2)` takes.
    static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws(FileSystemError) {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = retryingInterrupts { systemWrite(descriptor, next, remaining) }
            guard written > 0 else { throw FileSystemError(path: path, code: written == 0 ? EIO : errno) }
            next += written
            remaining -= written
        }
    }

    /// Closes a descriptor. A network file system may report a failed write only here.
    static func close(_ descriptor: Int32, path: String) throws(FileSystemError) {
        // Not retried on EINTR: on Linux the descriptor is closed even then, and another thread may reuse it.
        if systemClose(descriptor) != 0 && errno != EINTR { throw FileSystemError(path: path, code: errno) }
    }

    /// Gives a file a second name; fails if the new name exists (a file, a folder or a dangling link).
    static func link(_ existing: String, as new: String) throws(FileSystemError) {
        guard systemLink(existing, new) == 0 else { throw FileSystemError(path: new, code: errno) }
    }

    /// Renames a file, replacing whatever file has the new name, in one step.
    static func rename(_ old: String, to new: String) throws(FileSystemError) {
        guard systemRename(old, new) == 0 else { throw FileSystemError(path: new, code: errno) }
    }

    /// Removes a file (or a symbolic link); true when it is gone, also when it was not there.
    @discardableResult
    static func remove(_ path: String) -> Bool {
        unlink(path) == 0 || errno == ENOENT
    }

    /// Creates a folder and any missing folders above it (`mkdir -p`).
    static func makeFolders(_ path: String) throws(FileSystemError) {
        if status(of: path, followingLinks: true)?.isDirectory == true { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try makeFolders(parent) }
        if mkdir(path, 0o777) != 0 {
            let code = errno
            // Made meanwhile by someone else is as good as made by us.
            if code == EEXIST, status(of: path, followingLinks: true)?.isDirectory == true { return }
            throw FileSystemError(path: path, code: code == EEXIST ? ENOTDIR : code)
        }
    }

    // MARK: Locking

    /// Opens (creating it if needed) a file to lock with ``lock(_:path:)``; a symbolic link of its name is refused
    /// (`ELOOP`), so that the lock never opens a file elsewhere.
    static func openLockFile(_ path: String) throws(FileSystemError) -> Int32 {
        let descriptor = retryingInterrupts { open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o666) }
        guard descriptor >= 0 else { throw FileSystemError(path: path, code: errno) }
        return descriptor
    }

    /// Waits until this descriptor holds the exclusive advisory lock (`flock(2)`); closing it releases the lock.
    /// Returns false, without waiting, where the file system has no locks (some network mounts).
    static func lock(_ descriptor: Int32, path: String) throws(FileSystemError) -> Bool {
        guard retryingInterrupts({ flock(descriptor, LOCK_EX) }) == 0 else {
            let code = errno
            if code == ENOLCK || code == EOPNOTSUPP || code == ENOTSUP || code == EINVAL { return false }
            throw FileSystemError(path: path, code: code)
        }
        return true
    }

    /// The identity of an open file.
    static func identity(of descriptor: Int32) -> FileStatus.Identity? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return .init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Closes a descriptor whose failure to close does not matter (a lock file, a descriptor after an error).
    static func closeQuietly(_ descriptor: Int32) {
        _ = systemClose(descriptor)
    }

    private static func retryingInterrupts<T: BinaryInteger>(_ call: () -> T) -> T {
        while true {
            let result = call()
            if result >= 0 || errno != EINTR { return result }
        }
    }
}

/// A file call that failed: on which path, and why (`errno`).
struct FileSystemError: Error, Sendable, CustomStringConvertible {
    var path: String
    var code: Int32

    /// The reason in words, for a message: "permission denied".
    var reason: String { Self.reason(code) }

    var description: String { "\(path): \(reason)" }

    var isPermissionDenied: Bool { code == EACCES || code == EPERM }

    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied"
        case ENOSPC: "no space left on the device"
        case EDQUOT: "the disk quota is used up"
        case EROFS: "read-only file system"
        case EISDIR: "a folder has this name"
        case ENOTEMPTY: "a folder that is not empty has this name"
        case ENOTDIR: "a file stands where a folder should be"
        case ENOENT: "no such file or folder"
        case EEXIST: "a file of this name already exists"
        case ELOOP: "too many levels of symbolic links"
        case ENAMETOOLONG: "the name is too long"
        case EXDEV: "the files are on different file systems"
        case EBUSY: "the file is in use"
        case EIO: "input/output error (the disk may be failing)"
        case EMLINK: "the file has too many links"
        default:
            String(cString: strerror(code)).lowercased()
        }
    }

    /// A suggestion that fits the reason, or `otherwise`, naming `file` (the path as the person knows it).
    func hint(for file: String, otherwise: String) -> String {
        let folder = (file as NSString).deletingLastPathComponent
        let shown = folder.isEmpty ? "." : folder
        switch code {
        case EACCES, EPERM: return "check who may write in \(shown) (ls -ld \(shown)), or write somewhere else"
        case ENOSPC, EDQUOT: return "free some space on the disk, or write somewhere else; nothing was replaced"
        case EROFS: return "the disk is mounted read-only; write somewhere else"
        case EISDIR, ENOTEMPTY: return "move or rename the folder \(file)"
        default: return otherwise
        }
    }

    /// The error as a message about `file` (the path as the person knows it), with the reason and a fitting hint.
    func diagnostic(file: String, _ what: String, hint: String) -> Diagnostic {
        Diagnostic(file: file, "\(what): \(reason)", hint: self.hint(for: file, otherwise: hint))
    }
}
