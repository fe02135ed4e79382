extension SummaryJob {
    /// A report rendered in memory.
    public struct Document: Sendable {
        public var html: String
        /// The report's language, which says which templates it was made from.
        public var locale: ReportLocale
    }

    /// The report as one HTML document, through the same steps as ``run()``, with nothing written: what
    /// `summarize preview` serves.
    public func document() throws(DiagnosticError) -> Checked<Document> {
        let prepared = try prepare()
        let filled = Filler(templates: prepared.templates).fill(prepared.report, history: prepared.history)
        let html = HTMLReport(templates: prepared.templates).document(filled)
        return Checked(Document(html: html, locale: prepared.report.locale), warnings: prepared.warnings)
    }
}
