/// The layout rendered around a short marker that stands for the report's body, then cut in two at the marker,
/// so that the body is written between the two halves piece by piece and never copied through swift-mustache.
///
/// What it buys: at 100,000 items the body is tens of megabytes; rendering it through the layout copied it into a
/// string that swift-mustache then grew to twice that size (BENCHMARKS.md, "The devices in Performance/", Layout
/// splice: peak 295 → 258 MiB). The template check guarantees what makes the cut exact: the layout writes `{{{content}}}` once, as it
/// is, outside any section.
enum LayoutSplice {
    /// Cannot come from the data (``PlainText`` drops control characters) nor, in practice, from a template.
    static let marker = "<\u{0}summarize:content\u{0}>"

    /// The layout before and after the body.
    static func surroundings(of report: Report, in templates: TemplateSet) -> (before: Substring, after: Substring) {
        let layout = templates.render(FillPlan.layoutTemplate, FillPlan.layout(for: report, content: marker))
        let pieces = layout.split(separator: marker, maxSplits: 1, omittingEmptySubsequences: false)
        precondition(pieces.count == 2, "TemplateCheck lets through only layouts that write {{{content}}} once")
        return (pieces[0], pieces[1])
    }
}
