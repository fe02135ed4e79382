import Foundation

/// Removes the files of unfinished writes when the run is interrupted, then exits as the shell expects: 130 after
/// SIGINT (Ctrl-C), 143 after SIGTERM, 129 after SIGHUP.
///
/// Every temporary file is created, renamed and removed inside ``guarding(_:)``, which also records it, so the
/// cleanup, which waits for the same lock, sees either no file or a recorded one, never one that exists
/// unrecorded; and a commit's renames all happen before it, or none.
///
/// The signal handler itself only writes the signal's number into a pipe (`write(2)` is safe in a handler; a lock
/// is not); a thread of ours waiting on the other end does the cleanup. (A `DispatchSource` signal source does the
/// same in principle, but on Linux it is only armed once libdispatch has started its threads, which a run that
/// never used a queue has not: the signal then ended the run with the temporary files left.)
///
/// A signal that was ignored when the first file was recorded (`nohup` ignores SIGHUP, `&` in a script SIGINT)
/// stays ignored. SIGKILL cannot be caught; ``OutputTransaction`` removes what such a run left at the next run
/// into the same folder.
enum InterruptCleanup {
    /// The signals handled, with the exit status each ends the process with.
    static let signals: [(signal: Int32, status: Int32)] = [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129)]

    /// Runs `body` with the set of files to remove on a signal, which it may change; no cleanup runs meanwhile.
    @discardableResult
    static func guarding<T, E: Error>(_ body: (inout Set<String>) throws(E) -> T) throws(E) -> T {
        state.lock.lock()
        defer { state.lock.unlock() }
        if !state.installed { install() }
        return try body(&state.files)
    }

    private final class State: @unchecked Sendable {
        // `files` and `installed` are read and written only while `lock` is held.
        let lock = NSLock()
        var files: Set<String> = []
        var installed = false
    }

    private static let state = State()

    /// Called with the lock held.
    private static func install() {
        state.installed = true
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }  // no descriptors left: run without the cleanup
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        signalPipe = ends[1]
        let reader = ends[0]
        Thread.detachNewThread {
            var number: UInt8 = 0
            while read(reader, &number, 1) != 1 {}
            interrupted(by: Int32(number))
        }
        for (signal, _) in signals {
            var previous = sigaction()
            guard sigaction(signal, nil, &previous) == 0, !isIgnored(previous) else { continue }
            var action = sigaction()
            setHandler(&action)
            action.sa_flags = SA_RESTART
            sigemptyset(&action.sa_mask)
            _ = sigaction(signal, &action, nil)
        }
    }

    /// SIGPIPE ignored: a write to a pipe whose reader has gone fails with `EPIPE` instead.
    static func ignoreBrokenPipes() {
        _ = signal(SIGPIPE, SIG_IGN)
    }

    private static func interrupted(by signal: Int32) -> Never {
        state.lock.lock()  // held until the process ends: nothing is created, renamed or removed after this
        for file in state.files { FileSystem.remove(file) }
        _exit(signals.first { $0.signal == signal }?.status ?? 128 + signal)
    }
}

/// The write end of the pipe that ``InterruptCleanup``'s thread reads; set once, before any handler is installed.
nonisolated(unsafe) private var signalPipe: Int32 = -1

/// The signal handler: passes the signal's number on. Nothing else is safe inside a handler.
private func forward(_ signal: Int32) {
    var number = UInt8(truncatingIfNeeded: signal)
    _ = write(signalPipe, &number, 1)
}

#if canImport(Darwin)
private func setHandler(_ action: inout sigaction) { action.__sigaction_u.__sa_handler = { forward($0) } }
private func isIgnored(_ action: sigaction) -> Bool {
    unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
}
#else
private func setHandler(_ action: inout sigaction) { action.__sigaction_handler.sa_handler = { forward($0) } }
private func isIgnored(_ action: sigaction) -> Bool {
    unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
}
#endif
