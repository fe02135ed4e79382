import Foundation

/// What `stat(2)` says of each watched path: enough to see that a file was saved, replaced, created or deleted.
///
/// Polling is portable (Linux, macOS, network folders, editors that save by renaming a new file over the old one)
/// and cheap: one `stat` per file, a few dozen files, every few hundred milliseconds.
struct FileSnapshot: Equatable, Sendable {
    /// One path's state; nil in ``stamps`` when the path does not exist.
    struct Stamp: Equatable, Sendable {
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
        var size: Int64
        /// Changes when an editor saves by writing a new file and renaming it over the old one.
        var inode: UInt64
    }

    var stamps: [String: Stamp?]

    /// The state of every path now.
    init(of urls: [URL]) {
        var stamps: [String: Stamp?] = [:]
        for url in urls {
            let path = url.path
            stamps[path] = Self.stamp(path)
        }
        self.stamps = stamps
    }

    private static func stamp(_ path: String) -> Stamp? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = status.st_mtimespec
        #else
        let modified = status.st_mtim
        #endif
        return Stamp(modifiedSeconds: Int(modified.tv_sec), modifiedNanoseconds: Int(modified.tv_nsec),
                     size: Int64(status.st_size), inode: UInt64(status.st_ino))
    }
}
