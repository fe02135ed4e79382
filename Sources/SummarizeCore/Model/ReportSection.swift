/// The numbered parts of a report, in the order the report shows them. Each has a template of the same name.
public enum ReportSection: String, Sendable, CaseIterable {
    case achievements
    /// What became of the previous half's plans (上半年工作計劃完成情況).
    case review
    case highlights
    case metrics
    case problems
    case suggestions
    case plans

    /// The template that renders this section: Markdown for prose, HTML for the metrics table (CommonMark has no
    /// tables, and the table must be real HTML in the report).
    public var templateName: String {
        self == .metrics ? "\(rawValue).html" : "\(rawValue).md"
    }
}
