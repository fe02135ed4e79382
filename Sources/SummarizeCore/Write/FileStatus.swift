import Foundation

/// What `stat(2)` says of a path, following links: whether it is a regular file, and its size.
///
/// FileManager's `attributesOfItem` answers the same but also looks the owner's name up in `/etc/passwd` and the
/// group's in `/etc/group`, and builds a dictionary of values cast back from `Any`: about a million instructions of
/// a one-report run, for two numbers.
struct FileStatus {
    let isRegularFile: Bool
    let isDirectory: Bool
    let size: Int

    /// nil when the path cannot be examined (it does not exist, or a folder on the way cannot be read).
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        isRegularFile = status.st_mode & S_IFMT == S_IFREG
        isDirectory = status.st_mode & S_IFMT == S_IFDIR
        size = Int(status.st_size)
    }

    /// Whether the path itself is a symbolic link (not followed).
    static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }
}
