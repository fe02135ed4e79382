/// An earlier value of a metric that the current value is compared with.
struct MetricBaseline: Hashable, Sendable {
    /// Where the earlier value came from.
    enum Source: Hashable, Sendable {
        /// Written in the current data file (`previous:` or `year_ago:`).
        case stated
        /// Looked up in the data of that period.
        case data(Period)
    }

    /// As the person wrote it.
    var value: String
    var amount: Double
    var source: Source

    init(value: String, amount: Double, source: Source) {
        self.value = value
        self.amount = amount
        self.source = source
    }
}
