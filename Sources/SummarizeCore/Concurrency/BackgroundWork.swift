import Dispatch

/// Work started on another core now, whose result is waited for later.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the work before it signals `done`, and read only after `wait()` has seen that signal.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The result, once the work has finished. Call it once.
    func wait() -> Value {
        done.wait()
        return result!
    }
}
