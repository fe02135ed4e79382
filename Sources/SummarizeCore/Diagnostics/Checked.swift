/// A value that passed its checks, with the warnings found on the way: warnings never stop a run, but the person
/// sees them.
public struct Checked<Value: Sendable>: Sendable {
    public var value: Value
    public var warnings: [Diagnostic]

    public init(_ value: Value, warnings: [Diagnostic] = []) {
        self.value = value
        self.warnings = warnings
    }
}
