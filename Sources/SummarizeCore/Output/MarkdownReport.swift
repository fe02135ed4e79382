/// The report as one Markdown file (`--format md`), for review or for pasting into tools that take Markdown.
///
/// It is the filled Markdown the HTML is rendered from, with the title as the top heading, the metrics as a pipe
/// table (from `metrics.md`; cmark, and so the HTML report, has no tables, but most Markdown tools show them), and
/// the organization and date at the end. Data text is escaped exactly as in the templates.
public enum MarkdownReport {
    public static func render(_ filled: FilledReport) -> String {
        let report = filled.report
        var text = "# \(MarkdownText.escape(report.resolvedTitle))\n\n" + filled.markdown
        if !text.hasSuffix("\n") { text += "\n" }
        text += "\n" + MarkdownText.escape(report.organization) + "\n"
        if let date = report.date {
            text += "\n" + MarkdownText.escape(date.formatted(in: report.locale)) + "\n"
        }
        return text
    }
}
