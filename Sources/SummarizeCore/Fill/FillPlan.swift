/// What is filled for a report, in order: which template makes which part, with which context.
///
/// The filler walks the plan to fill a report, and the template check walks the plan of a specimen report that
/// has every kind of part, so that a run and `--check` can never disagree about what a template is given.
struct FillPlan {
    /// The templates of one part.
    enum Templates: Sendable {
        case markdown(String)
        /// The metrics: an HTML table, and the same table in Markdown for the other formats.
        case table(html: String, markdown: String)

        var names: [String] {
            switch self {
            case let .markdown(name): [name]
            case let .table(html, markdown): [html, markdown]
            }
        }
    }

    struct Step: Sendable {
        /// The section's number; nil for the introduction.
        var number: Int?
        var templates: Templates
        var context: any TemplateContext
        var itemCount: Int
    }

    static let layoutTemplate = "document.html"
    static let introTemplate = "intro.md"
    static let sectionTemplate = "section.md"
    static let reviewTemplate = "review.md"
    static let metricsTemplates = Templates.table(html: "metrics.html", markdown: "metrics.md")

    let steps: [Step]

    /// The plan of a report: the introduction if it has one, then each present section with its number, the
    /// metrics compared with the earlier periods in `history`, headings from the house style's table where the
    /// data gives none.
    init(report: Report, history: ReportHistory, headings: HeadingTable) {
        let reportContext = ReportContext(report: report)
        var steps: [Step] = []
        if report.intro != nil {
            steps.append(Step(number: nil, templates: .markdown(Self.introTemplate), context: reportContext, itemCount: 0))
        }
        for (index, section) in report.presentSections.enumerated() {
            let heading = section.heading ?? section.known.map { headings.heading(for: $0, report: reportContext) } ?? section.key
            let metrics = section.known == .metrics ? history.compare(section.metrics, of: report.period) : []
            let context = SectionContext(section: section, number: Numeral(index + 1), heading: heading, metrics: metrics,
                                         report: reportContext)
            let templates: Templates = switch section.known?.contentKind {
            case .metrics?: Self.metricsTemplates
            case .review?: .markdown(Self.reviewTemplate)
            default: .markdown(Self.sectionTemplate)
            }
            steps.append(Step(number: index + 1, templates: templates, context: context, itemCount: section.itemCount))
        }
        self.steps = steps
    }

    /// The layout's context, with the report's body as its `content`.
    static func layout(for report: Report, content: String) -> DocumentContext {
        DocumentContext(report: ReportContext(report: report), content: content)
    }
}
