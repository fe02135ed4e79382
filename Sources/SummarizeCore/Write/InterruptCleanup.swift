import Dispatch
import Foundation

/// Removes the files of unfinished writes when the run is interrupted, then exits as the shell expects: 130 after
/// SIGINT (Ctrl-C), 143 after SIGTERM, 129 after SIGHUP.
///
/// Every temporary file is created, renamed and removed inside ``guarding(_:)``, which also records it, so the
/// signal handler, which waits for the same lock, sees either no file or a recorded one, never one that exists
/// unrecorded; and a commit's renames all happen before it, or none. The handler runs on a dispatch queue, not
/// inside the signal, so it may take a lock and call anything.
///
/// A signal that was ignored when the first file was recorded (`nohup` ignores SIGHUP) stays ignored. SIGKILL
/// cannot be caught; ``OutputTransaction`` removes what such a run left at the next run into the same folder.
enum InterruptCleanup {
    /// The signals handled, with the exit status each ends the process with.
    static let signals: [(signal: Int32, status: Int32)] = [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129)]

    /// Runs `body` with the set of files to remove on a signal, which it may change; no signal is handled meanwhile.
    @discardableResult
    static func guarding<T, E: Error>(_ body: (inout Set<String>) throws(E) -> T) throws(E) -> T {
        state.lock.lock()
        defer { state.lock.unlock() }
        if !state.installed { install() }
        return try body(&state.files)
    }

    /// The files that would be removed now (for tests).
    static var recordedFiles: Set<String> { guarding { $0 } }

    private final class State: @unchecked Sendable {
        // `files` and `installed` are read and written only while `lock` is held.
        let lock = NSLock()
        var files: Set<String> = []
        var installed = false
        var sources: [any DispatchSourceSignal] = []
    }

    private static let state = State()

    /// Called with the lock held.
    private static func install() {
        state.installed = true
        for (signal, status) in signals {
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .global(qos: .userInteractive))
            source.setEventHandler { interrupted(exitingWith: status) }
            source.resume()
            // The default action would end the process before the source's handler runs; ignoring the signal
            // leaves it to the source. A signal ignored already (nohup) is left ignored.
            let previous = Foundation.signal(signal, SIG_IGN)
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                source.cancel()
            } else {
                state.sources.append(source)
            }
        }
    }

    private static func interrupted(exitingWith status: Int32) -> Never {
        state.lock.lock()  // held until the process ends: nothing is created, renamed or removed after this
        for file in state.files { FileSystem.remove(file) }
        _exit(status)
    }
}
