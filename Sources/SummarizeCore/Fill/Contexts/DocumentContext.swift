/// What the HTML layout (`document.html`) sees: the report's fields plus the rendered body.
struct DocumentContext: TemplateContext {
    let report: ReportContext
    /// The report's content as HTML: the introduction and every section, in order.
    let content: String

    static let owner = "the layout"
    static let fields: [String: @Sendable (Self) -> Any] = [
        "content": { TemplateValue($0.content) },
    ]

    var parent: (any TemplateContext)? { report }
}
