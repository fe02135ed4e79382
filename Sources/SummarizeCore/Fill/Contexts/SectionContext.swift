/// One numbered section as its template sees it: `{{number.hanzi}}` and `{{#entries}}` (or `{{#metrics}}`,
/// `{{#reviews}}`), with the report's own fields (`{{period.half}}`, `{{organization}}`) reachable as well.
struct SectionContext: TemplateContext {
    let number: Numeral
    let entries: [Entry]
    let metrics: [ComparedMetric]
    let reviews: [PlanReview]
    let report: ReportContext

    func child(named name: String) -> Any? {
        switch name {
        case "number": TemplateValue(number)
        case "entries": entries.enumerated().map { TemplateValue(EntryContext(entry: $1, number: Numeral($0 + 1), outline: "\(number.value).\($0 + 1)")) }
        case "metrics": metrics.enumerated().map { TemplateValue(MetricContext(compared: $1, number: Numeral($0 + 1))) }
        case "hasPrevious": metrics.contains { $0.previous != nil }
        case "hasYearAgo": metrics.contains { $0.yearAgo != nil }
        case "reviews": reviews.enumerated().map { TemplateValue(ReviewContext(review: $1, number: Numeral($0 + 1), locale: report.report.locale)) }
        default: report.child(named: name)
        }
    }

    static let fieldNames: Set<String> = ["number", "entries", "metrics", "hasPrevious", "hasYearAgo", "reviews"]
}
