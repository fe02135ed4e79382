import Foundation

/// The advisory lock of an output folder, so that two runs writing there at once (different data, the same
/// period) finish one after the other instead of leaving a mixed set: `.html` from one, `.txt` from the other.
///
/// The lock is `flock(2)` on `<folder>/.summarize.lock`, which is removed on release, so nothing stays behind.
/// Removing a lock file is safe because a run that got the lock checks that the name still leads to the file it
/// locked, and starts over if not (the run before it may have removed it meanwhile).
///
/// `flock` locks belong to an open file, so two locks on the same folder within one process would exclude each
/// other as well, and a thread that asked twice would wait for itself forever. Within a process the lock is
/// therefore first taken in ``held``: another thread waits there, the same thread is refused.
final class FolderLock {
    static let fileName = ".summarize.lock"

    let path: String
    /// When the lock was acquired: a temporary file older than this in the folder was left by a run that ended
    /// without cleaning up (SIGKILL, a power cut), since no other run can be writing while we hold the lock.
    let acquired: FileStatus.Timestamp
    private let folder: FileStatus.Identity
    private var descriptor: Int32?

    enum Failure: Error {
        case file(FileSystemError)
        /// This thread already holds the lock of the folder (an ``OutputTransaction`` inside another).
        case heldByThisThread
    }

    /// Waits until the folder's lock is ours.
    init(folder: String) throws(Failure) {
        path = (folder as NSString).appendingPathComponent(Self.fileName)
        guard let status = FileStatus(path: folder) else { throw .file(FileSystemError(path: folder, code: ENOENT)) }
        self.folder = status.identity
        try Self.held.take(self.folder)
        do {
            descriptor = try Self.lockFile(at: path)
        } catch {
            Self.held.give(self.folder)
            throw .file(error)
        }
        acquired = FileSystem.now()
    }

    /// Removes the lock file and releases the lock. Called once; later calls do nothing.
    func release() {
        guard let descriptor else { return }
        self.descriptor = nil
        InterruptCleanup.guarding { files in
            FileSystem.remove(path)
            files.remove(path)
        }
        FileSystem.closeQuietly(descriptor)
        Self.held.give(folder)
    }

    deinit { release() }

    /// Opens and locks the lock file, starting over while the file locked is no longer the one the name leads to.
    private static func lockFile(at path: String) throws(FileSystemError) -> Int32 {
        while true {
            let descriptor = try FileSystem.openLockFile(path)
            let locked: Bool
            do {
                locked = try FileSystem.lock(descriptor, path: path)
            } catch {
                FileSystem.closeQuietly(descriptor)
                throw error
            }
            let current = FileStatus(linkAt: path)?.identity
            if !locked || (current != nil && current == FileSystem.identity(of: descriptor)) {
                // Recorded only now: removing a lock file that another run holds would let a third one in.
                InterruptCleanup.guarding { $0.insert(path) }
                return descriptor
            }
            FileSystem.closeQuietly(descriptor)
        }
    }

    /// The folders whose lock a thread of this process holds or is getting.
    private static let held = HeldFolders()

    private final class HeldFolders: @unchecked Sendable {
        // `holders` is read and written only while `condition` is locked.
        private let condition = NSCondition()
        private var holders: [FileStatus.Identity: pthread_t] = [:]

        func take(_ folder: FileStatus.Identity) throws(Failure) {
            condition.lock()
            defer { condition.unlock() }
            while let holder = holders[folder] {
                if pthread_equal(holder, pthread_self()) != 0 { throw .heldByThisThread }
                condition.wait()
            }
            holders[folder] = pthread_self()
        }

        func give(_ folder: FileStatus.Identity) {
            condition.lock()
            holders[folder] = nil
            condition.broadcast()
            condition.unlock()
        }
    }
}
