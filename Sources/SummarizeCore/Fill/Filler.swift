/// Fills a report's templates: walks its ``FillPlan`` and renders each step's templates with its context.
@_spi(Stages) public struct Filler: Sendable {
    let templates: TemplateSet
    /// From this many entries and items on, the parts are filled on every core at once; below it, starting threads
    /// would cost more than it saves (see Performance/Array+ConcurrentMap.swift).
    var concurrentThreshold = 500

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The introduction and every present section, numbered in order without gaps (一、二、…); the metrics are
    /// compared with the earlier periods in `history`.
    public func fill(_ report: Report, history: ReportHistory = .none) -> FilledReport {
        let plan = FillPlan(report: report, history: history, headings: templates.headings)
        let templates = self.templates
        let fillStep = { @Sendable (step: FillPlan.Step) -> FilledReport.Part in
            let body: FilledReport.Part.Body = switch step.templates {
            case let .markdown(name): .markdown(templates.render(name, step.context))
            case let .table(html, markdown):
                .table(html: templates.render(html, step.context), markdown: templates.render(markdown, step.context))
            }
            return FilledReport.Part(number: step.number, body: body, itemCount: step.itemCount)
        }
        let size = plan.steps.reduce(0) { $0 + $1.itemCount }
        let parts = size < concurrentThreshold ? plan.steps.map(fillStep) : plan.steps.concurrentMap(cost: \.itemCount, fillStep)
        return FilledReport(report: report, parts: parts)
    }
}
