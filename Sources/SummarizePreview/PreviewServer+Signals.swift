import Dispatch
import Foundation

extension PreviewServer {
    /// Runs the server until Ctrl-C (SIGINT) or SIGTERM, blocking the calling thread: for a synchronous command's
    /// `run()`. Returns the signal that stopped it; stopping this way is the normal end of a preview, not a failure.
    /// A second signal while the server is closing ends the process at once.
    ///
    /// - Throws: what ``run(onReady:)`` throws.
    public func runUntilSignalled(onReady: @escaping @Sendable (URL) -> Void) throws -> Int32 {
        let signals = [SIGINT, SIGTERM]
        let outcome = Outcome()
        let finished = DispatchSemaphore(value: 0)
        // The default action would end the process in the middle of a write; handle the signals as events instead,
        // from before the server starts, so that no signal finds the process unprepared once the address is out.
        signals.forEach { signal($0, SIG_IGN) }
        let sources = signals.map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if outcome.receive(number) { exit(0) }
            }
            source.resume()
            return source
        }
        outcome.start(Task {
            do {
                try await run(onReady: onReady)
            } catch {
                outcome.fail(error)
            }
            finished.signal()
        })
        finished.wait()
        sources.forEach { $0.cancel() }
        signals.forEach { signal($0, SIG_DFL) }
        if let error = outcome.error { throw error }
        return outcome.signal ?? 0
    }

    /// How the run ended, written from the signal queue and the server's task.
    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var task: Task<Void, Never>?
        private var storedSignal: Int32?
        private var storedError: (any Error)?

        func start(_ task: Task<Void, Never>) {
            let stopAtOnce = lock.withLock {
                self.task = task
                return storedSignal != nil
            }
            if stopAtOnce { task.cancel() }
        }

        /// Records a signal and stops the server; true when a signal had already come.
        func receive(_ number: Int32) -> Bool {
            let (task, again) = lock.withLock {
                defer { storedSignal = storedSignal ?? number }
                return (self.task, storedSignal != nil)
            }
            task?.cancel()
            return again
        }

        func fail(_ error: any Error) { lock.withLock { storedError = error } }
        var signal: Int32? { lock.withLock { storedSignal } }
        var error: (any Error)? { lock.withLock { storedError } }
    }
}
