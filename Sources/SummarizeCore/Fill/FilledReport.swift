/// A report with its templates filled in, before Markdown is turned into HTML: the introduction and each section
/// as the text its template produced.
@_spi(Stages) public struct FilledReport: Sendable {
    struct Part: Sendable {
        /// What a template made of the part.
        enum Body: Sendable {
            /// Markdown, rendered by cmark for every format.
            case markdown(String)
            /// A table: finished HTML for the HTML report (CommonMark has no tables), and the same table as a
            /// Markdown pipe table for the other formats.
            case table(html: String, markdown: String)
        }

        /// The section's number; nil for the introduction, which has none.
        var number: Int?
        var body: Body
        /// How many list elements the part shows, for deciding what to render on several cores.
        var itemCount: Int

        /// The part as Markdown: the text itself, or the table's pipe table.
        var markdown: String {
            switch body {
            case let .markdown(text), let .table(_, text): text
            }
        }
    }

    var report: Report
    var parts: [Part]

    /// The filled Markdown of the report's body, the metrics as a pipe table (see ``MarkdownReport`` for the file).
    public var markdown: String {
        parts.map(\.markdown).filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
