import Mustache

/// One numbered section as its template sees it: `{{number.hanzi}}` and `{{#entries}}` (or `{{#metrics}}`), with
/// the report's own fields (`{{period.half}}`, `{{organization}}`) reachable as well.
struct SectionContext: MustacheParent {
    let number: Numeral
    let entries: [Entry]
    let metrics: [Metric]
    let report: ReportContext

    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "entries": entries.enumerated().map { EntryContext(entry: $1, number: Numeral($0 + 1), outline: "\(number.value).\($0 + 1)") }
        case "metrics": metrics.enumerated().map { MetricContext(metric: $1, number: Numeral($0 + 1)) }
        default: report.child(named: name)
        }
    }

    static let fieldNames: Set<String> = ["number", "entries", "metrics"]
}
