/// A metric with the values it is compared with.
public struct ComparedMetric: Hashable, Sendable {
    public var metric: Metric
    /// The previous half's value, for the change against the previous half (環比).
    public var previous: MetricBaseline?
    /// The same half a year earlier, for the year-on-year change (同比).
    public var yearAgo: MetricBaseline?

    public init(metric: Metric, previous: MetricBaseline? = nil, yearAgo: MetricBaseline? = nil) {
        self.metric = metric
        self.previous = previous
        self.yearAgo = yearAgo
    }
}

extension MetricBaseline {
    /// The change to `current` as the report prints it: `+9.1%`, `-3.0%`, `0.0%`; `—` from a zero baseline.
    public func formattedChange(to current: Double) -> String {
        guard let percent = percentChange(to: current) else { return "—" }
        let rounded = (percent * 10).rounded() / 10
        let magnitude = abs(rounded)
        let digits = String(Int(magnitude)) + "." + String(Int((magnitude * 10).rounded()) % 10)
        return (rounded > 0 ? "+" : rounded < 0 ? "-" : "") + digits + "%"
    }
}
