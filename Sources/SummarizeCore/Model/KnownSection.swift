/// The sections the tool knows by key: each has a default heading per locale (`headings.yaml` in the templates
/// folder) and, for metrics and the plan review, content of its own kind. Any other key of a data file is a
/// section of the office's own, with the heading the data gives it.
enum KnownSection: String, Sendable, CaseIterable {
    case achievements
    /// What became of the previous period's plans (上半年工作計劃完成情況).
    case review
    case highlights
    case metrics
    case problems
    case suggestions
    case plans

    /// What the section lists.
    enum ContentKind: Sendable {
        case entries, metrics, review
    }

    var contentKind: ContentKind {
        switch self {
        case .metrics: .metrics
        case .review: .review
        default: .entries
        }
    }
}
