/// One numbered section as its template sees it: `{{number.hanzi}}`, `{{heading}}`, the lead `{{text}}` and its
/// points, with the report's own fields (`{{period.span}}`, `{{organization}}`) reachable as well.
///
/// The points are offered by the level they start at: `entries` when they are numbered （一）（二） (or not
/// numbered at all), `items` when the section numbers them 1. 2. directly (`numbering: 1.` in the data), so that
/// a template renders each with the partial of its level.
struct SectionContext: TemplateContext {
    let section: Section
    let number: Numeral
    /// The heading the report prints: the data's own, or the house style's default for a known section.
    let heading: String
    /// The section's metrics with their comparisons (empty for other sections).
    let metrics: [ComparedMetric]
    let report: ReportContext
    /// Whether any metric has an earlier value of each kind: asked once per row by the metrics templates, so
    /// found once here (asking the metrics each time made the table quadratic in its rows).
    let hasPrevious: Bool
    let hasYearAgo: Bool

    init(section: Section, number: Numeral, heading: String, metrics: [ComparedMetric], report: ReportContext) {
        self.section = section
        self.number = number
        self.heading = heading
        self.metrics = metrics
        self.report = report
        hasPrevious = metrics.contains { $0.previous != nil }
        hasYearAgo = metrics.contains { $0.yearAgo != nil }
    }

    static let owner = "the section"
    static let fields: [String: @Sendable (Self) -> Any] = [
        "number": { TemplateValue($0.number) },
        "key": { TemplateValue($0.section.key) },
        "heading": { TemplateValue($0.heading) },
        "text": { $0.section.lead.templateValue },
        "entries": { $0.section.numbering == .items ? TemplateValue.nothing : $0.points },
        "items": { $0.section.numbering == .items ? $0.points : TemplateValue.nothing },
        "metrics": { $0.metricRows },
        "hasPrevious": { $0.hasPrevious },
        "hasYearAgo": { $0.hasYearAgo },
        "reviews": { $0.reviewRows },
    ]

    var parent: (any TemplateContext)? { report }

    private var points: Any {
        EntryContext.list(section.entries, numbered: section.numbering != .none, outline: "\(number.value)",
                          locale: report.report.locale)
    }

    private var metricRows: [TemplateValue] {
        let locale = report.report.locale
        return metrics.enumerated().map { TemplateValue(MetricContext(compared: $1, number: Numeral($0 + 1), locale: locale)) }
    }

    private var reviewRows: [TemplateValue] {
        let reviews = section.reviews, locale = report.report.locale
        return reviews.enumerated().map {
            TemplateValue(ReviewContext(review: $1, number: Numeral($0 + 1), count: reviews.count, locale: locale))
        }
    }
}
