/// A metric with the values it is compared with.
struct ComparedMetric: Hashable, Sendable {
    var metric: Metric
    /// The previous period's value, for the change against the previous period (環比).
    var previous: MetricBaseline?
    /// The same span a year earlier, for the year-on-year change (同比).
    var yearAgo: MetricBaseline?

    init(metric: Metric, previous: MetricBaseline? = nil, yearAgo: MetricBaseline? = nil) {
        self.metric = metric
        self.previous = previous
        self.yearAgo = yearAgo
    }
}
