/// A value together with where the person wrote it, so that later checks (a conflict between two department
/// files, say) can point at both places.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    public var value: Value
    public var location: SourceLocation?

    public init(_ value: Value, at location: SourceLocation?) {
        self.value = value
        self.location = location
    }
}
