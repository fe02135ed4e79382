/// A value together with where the person wrote it, so that later checks (a conflict between two department
/// files, say) can point at both places.
struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    var value: Value
    var location: SourceLocation?

    init(_ value: Value, at location: SourceLocation?) {
        self.value = value
        self.location = location
    }
}
