import Dispatch

// What it buys: a large report's parts are filled, its long parts' pieces rendered and a large file's sections read
// on every core at once (BENCHMARKS.md, "The devices in Performance/", Both cores: 100,000 items 4.37 → 3.76 s
// for filling and rendering, 4.55 → 4.17 s for reading). Used from 500 entries and items (Fill/Filler.swift) and from 1 MiB of data
// (Load/ReportReader+Sections.swift) on; below that, starting threads costs more than it saves.

extension Array where Element: Sendable {
    /// The elements transformed on every core at once, in the order of the elements.
    ///
    /// `cost` estimates each element's work: the costliest start first, so that one large element is not left to run
    /// alone at the end.
    func concurrentMap<Transformed: Sendable>(cost: (Element) -> Int,
                                              _ transform: @Sendable (Element) -> Transformed) -> [Transformed] {
        guard count > 1 else { return map(transform) }
        let costs = map(cost)
        let order = indices.sorted { costs[$0] > costs[$1] }
        let results = Slots<Transformed>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: order.count) { position in
            let index = order[position]
            results.store(transform(elements[index]), at: index)
        }
        return results.values
    }
}

/// One slot per result of ``Swift/Array/concurrentMap(cost:_:)``; each slot is written by exactly one iteration,
/// and read only after all of them have finished, so no lock is needed.
private final class Slots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        slots[index] = value
    }

    var values: [Value] { slots.map { $0! } }
}
