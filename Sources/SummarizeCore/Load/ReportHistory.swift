/// The reports of the periods a report is compared with: the previous period (環比), whose plans it also
/// reviews, and the same span a year earlier (同比). For a whole year the two are the same year, and only the
/// year-on-year comparison is made. Either may be missing; that is never an error.
@_spi(Stages) public struct ReportHistory: Sendable {
    var previous: Report?
    var yearAgo: Report?

    init(previous: Report? = nil, yearAgo: Report? = nil) {
        self.previous = previous
        self.yearAgo = yearAgo
    }

    /// No earlier data at all.
    public static let none = ReportHistory()

    /// Loads the earlier periods of `period` that have data. An earlier period whose data has errors is left out
    /// with a warning: last year's mistakes must not stop this year's report.
    static func load(for period: Period, with loader: ReportLoader) -> Checked<ReportHistory> {
        var warnings: [Diagnostic] = []
        func earlier(_ other: Period) -> Report? {
            let source: DataDirectory.Source
            do {
                guard let found = try loader.directory.lookUp(other) else { return nil }
                source = found
            } catch {
                warnings += error.diagnostics.map { problem in
                    var warning = problem
                    warning.severity = .warning
                    warning.message += ", so this report is not compared with \(other)"
                    return warning
                }
                return nil
            }
            do {
                return try loader.load(other).value
            } catch {
                warnings.append(Diagnostic(
                    .warning, file: source.url.relativePath,
                    "the data of \(other) has \(error.errors.count) problem(s), so this report is not compared with \(other)",
                    hint: "run  summarize --period \(other) --check  to see them"))
                return nil
            }
        }
        let previous = earlier(period.previous)
        let yearAgo = period.yearAgo == period.previous ? previous : earlier(period.yearAgo)
        return Checked(ReportHistory(previous: previous, yearAgo: yearAgo), warnings: warnings)
    }

    /// Each metric of `report` with its earlier values: stated in the data, or looked up by name (or former name)
    /// in the earlier periods. Each earlier period's metrics are indexed once, so the comparison is linear in the
    /// number of metrics.
    func compare(_ metrics: [Metric], of period: Period) -> [ComparedMetric] {
        let previousValues = Self.index(previous)
        let yearAgoValues = Self.index(yearAgo)
        return metrics.map { metric in
            if period.isYear {
                // The previous period is the year before, so the one comparison is year-on-year.
                return ComparedMetric(metric: metric, previous: nil,
                                      yearAgo: metric.statedYearAgo ?? metric.statedPrevious ?? Self.lookUp(metric, in: yearAgoValues))
            }
            return ComparedMetric(metric: metric,
                                  previous: metric.statedPrevious ?? Self.lookUp(metric, in: previousValues),
                                  yearAgo: metric.statedYearAgo ?? Self.lookUp(metric, in: yearAgoValues))
        }
    }

    /// An earlier report's metrics by name (the first of each name), as baselines.
    private static func index(_ report: Report?) -> [String: MetricBaseline] {
        guard let report else { return [:] }
        var values: [String: MetricBaseline] = [:]
        for metric in report.metrics where values[metric.name] == nil {
            values[metric.name] = MetricBaseline(value: metric.value, amount: metric.amount, source: .data(report.period))
        }
        return values
    }

    private static func lookUp(_ metric: Metric, in values: [String: MetricBaseline]) -> MetricBaseline? {
        values[metric.name] ?? metric.formerName.flatMap { values[$0] }
    }
}
