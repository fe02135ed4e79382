/// The reports of the periods a report is compared with: the previous half (環比) and the same half a year
/// earlier (同比). Either may be missing; that is never an error.
public struct ReportHistory: Sendable {
    public var previous: Report?
    public var yearAgo: Report?

    public init(previous: Report? = nil, yearAgo: Report? = nil) {
        self.previous = previous
        self.yearAgo = yearAgo
    }

    /// No earlier data at all.
    public static let none = ReportHistory()

    /// Loads the earlier periods of `period` that have data. An earlier period whose data has errors is left out
    /// with a warning: last year's mistakes must not stop this year's report.
    public static func load(for period: Period, with loader: ReportLoader) -> (history: ReportHistory, warnings: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        func earlier(_ other: Period) -> Report? {
            guard let source = loader.directory.existingSource(for: other) else { return nil }
            do {
                return try loader.load(other).report
            } catch {
                warnings.append(Diagnostic(
                    .warning, file: source.url.relativePath,
                    "the data of \(other) has \(error.errors.count) problem(s), so this report is not compared with \(other)",
                    hint: "run  summarize --period \(other) --check  to see them"))
                return nil
            }
        }
        return (ReportHistory(previous: earlier(period.previous), yearAgo: earlier(period.yearAgo)), warnings)
    }

    /// Each metric of `report` with its earlier values: stated in the data, or looked up by name (or former name)
    /// in the earlier periods.
    public func compare(_ report: Report) -> [ComparedMetric] {
        report.metrics.map { metric in
            ComparedMetric(
                metric: metric,
                previous: metric.statedPrevious ?? Self.lookUp(metric, in: previous),
                yearAgo: metric.statedYearAgo ?? Self.lookUp(metric, in: yearAgo))
        }
    }

    private static func lookUp(_ metric: Metric, in report: Report?) -> MetricBaseline? {
        guard let report else { return nil }
        let names = [metric.name] + (metric.formerName.map { [$0] } ?? [])
        guard let match = names.lazy.compactMap({ name in report.metrics.first { $0.name == name } }).first else { return nil }
        return MetricBaseline(value: match.value, amount: match.amount, source: .data(report.period))
    }
}
