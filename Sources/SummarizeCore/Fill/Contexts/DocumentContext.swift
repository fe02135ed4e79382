/// What the HTML layout (`document.html`) sees: the report's fields plus the rendered body.
struct DocumentContext: TemplateContext {
    let report: ReportContext
    /// The report's content as HTML: the introduction and every section, in order.
    let content: String

    func child(named name: String) -> Any? {
        name == "content" ? TemplateValue(content) : report.child(named: name)
    }

    static let fieldNames: Set<String> = ["content"]
}
