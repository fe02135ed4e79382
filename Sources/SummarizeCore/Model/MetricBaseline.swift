/// An earlier value of a metric that the current value is compared with.
public struct MetricBaseline: Hashable, Sendable {
    /// Where the earlier value came from.
    public enum Source: Hashable, Sendable {
        /// Written in the current data file (`previous:` or `year_ago:`).
        case stated
        /// Looked up in the data of that period.
        case data(Period)
    }

    /// As the person wrote it.
    public var value: String
    public var amount: Double
    public var source: Source

    public init(value: String, amount: Double, source: Source) {
        self.value = value
        self.amount = amount
        self.source = source
    }
}
