import Foundation

/// What `stat(2)` or `lstat(2)` says of a path: its kind, size, owner, permission bits, identity and modification
/// time. ``FileSystem`` makes the calls; this is only the answer.
///
/// FileManager's `attributesOfItem` answers the same but also looks the owner's name up in `/etc/passwd` and the
/// group's in `/etc/group`, and builds a dictionary of values cast back from `Any`: about a million instructions of
/// a one-report run, for two numbers.
struct FileStatus: Sendable {
    enum Kind: Sendable { case regularFile, directory, symbolicLink, other }

    let kind: Kind
    let size: Int
    /// The owner's user id.
    let owner: UInt32
    /// The permission bits, set-id and sticky bits included (`mode & 0o7777`).
    let permissions: UInt32
    /// Device and inode: the same pair is the same file, whatever path led to it.
    let identity: Identity
    /// Seconds and nanoseconds since 1970.
    let modified: Timestamp

    struct Identity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    struct Timestamp: Comparable, Sendable {
        let seconds: Int
        let nanoseconds: Int
        static func < (a: Self, b: Self) -> Bool { (a.seconds, a.nanoseconds) < (b.seconds, b.nanoseconds) }
    }

    var isRegularFile: Bool { kind == .regularFile }
    var isDirectory: Bool { kind == .directory }
    var isSymbolicLink: Bool { kind == .symbolicLink }
    /// The sticky bit: in such a folder (`/tmp`), only a file's owner, the folder's owner or root may rename or
    /// remove the file.
    var isSticky: Bool { permissions & UInt32(S_ISVTX) != 0 }

    /// nil when the path cannot be examined (it does not exist, or a folder on the way cannot be read). Follows
    /// symbolic links.
    init?(path: String) {
        guard let status = FileSystem.status(of: path, followingLinks: true) else { return nil }
        self = status
    }

    /// The path itself, not what a symbolic link there points to; nil when nothing is there.
    init?(linkAt path: String) {
        guard let status = FileSystem.status(of: path, followingLinks: false) else { return nil }
        self = status
    }

    init(kind: Kind, size: Int, owner: UInt32, permissions: UInt32, identity: Identity, modified: Timestamp) {
        self.kind = kind
        self.size = size
        self.owner = owner
        self.permissions = permissions
        self.identity = identity
        self.modified = modified
    }
}
