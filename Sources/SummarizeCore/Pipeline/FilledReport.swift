/// A report with its templates filled in, before Markdown is turned into HTML: the introduction and each section
/// as the text its template produced.
public struct FilledReport: Sendable {
    public struct Part: Sendable {
        /// nil for the introduction, which has no number.
        public var section: ReportSection?
        public var text: String
        /// Markdown (to be rendered by cmark) or, for the metrics table, finished HTML.
        public var isMarkdown: Bool
    }

    public var report: Report
    public var parts: [Part]

    /// The filled Markdown of the whole report, as `--format md` shows it (the metrics table, which is HTML, left out).
    public var markdown: String {
        parts.filter(\.isMarkdown).map(\.text).joined(separator: "\n")
    }
}
