import Foundation

/// Holds a value until one taker takes it, so that a closure that runs once can consume what it captured: a
/// captured value would otherwise stay alive, whole, until the closure itself is released.
final class Handover<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private let lock = NSLock()

    init(_ value: consuming Value) {
        self.value = value
    }

    /// The value the first time; nil after that.
    func take() -> Value? {
        lock.withLock {
            defer { value = nil }
            return value
        }
    }
}
