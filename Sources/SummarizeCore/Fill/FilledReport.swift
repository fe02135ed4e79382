/// A report with its templates filled in, before Markdown is turned into HTML: the introduction and each section
/// as the text its template produced.
public struct FilledReport: Sendable {
    public struct Part: Sendable {
        /// nil for the introduction, which has no number.
        public var section: ReportSection?
        public var text: String
        /// Markdown (to be rendered by cmark) or, for the metrics table, finished HTML.
        public var isMarkdown: Bool
        /// For a part whose `text` is HTML, the same part as Markdown (the metrics table as a pipe table, from
        /// `metrics.md`), for the Markdown and plain-text outputs.
        public var markdownAlternative: String? = nil

        /// The part as Markdown: `text` itself, or its ``markdownAlternative``.
        public var markdown: String { isMarkdown ? text : markdownAlternative ?? "" }
    }

    public var report: Report
    public var parts: [Part]

    /// The filled Markdown of the report's body, the metrics as a pipe table (see ``MarkdownReport`` for the file).
    public var markdown: String {
        parts.map(\.markdown).filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
