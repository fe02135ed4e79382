import Foundation

/// The report as one Markdown file (`--format md`), for review or for pasting into tools that take Markdown.
///
/// It is the filled Markdown the HTML is rendered from, with the title as the top heading, the metrics as a pipe
/// table (from `metrics.md`; cmark, and so the HTML report, has no tables, but most Markdown tools show them), and
/// the organization and date at the end. cmark writes the prose back in its normalized form, so the data's
/// punctuation carries a backslash only where Markdown would otherwise read it as syntax.
enum MarkdownReport {
    /// The Markdown file of a filled report.
    static func render(_ filled: FilledReport) -> String {
        let report = filled.report
        var markdown = ["# " + MarkdownText.escape(report.resolvedTitle)] + filled.parts.map(\.markdown)
        markdown.append(MarkdownText.escape(report.organization))
        if let date = report.date { markdown.append(MarkdownText.escape(date.formatted(in: report.locale))) }
        var blocks: [String] = []
        for chunk in PipeTable.chunks(of: markdown.joined(separator: "\n\n")) {
            switch chunk {
            case let .markdown(text): blocks.append(CommonMark().normalized(text))
            case let .table(table): blocks.append(table.markdownLines.joined(separator: "\n"))
            }
        }
        return blocks.map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }
}
