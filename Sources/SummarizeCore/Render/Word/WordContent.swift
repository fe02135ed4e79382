import Foundation

/// Everything a Word document shows, in reading order.
struct WordContent: Sendable {
    /// A piece of the body: Markdown blocks (parsed by cmark) or a pipe table, which CommonMark does not know.
    enum Chunk: Sendable {
        case blocks([MarkdownBlock])
        case table(PipeTable)
    }

    /// The title, possibly given as several lines (one paragraph, a line break between lines).
    var titleLines: [String]
    var body: [Chunk]
    /// The signature line.
    var organization: String
    /// Already formatted, e.g. 2016年7月8日.
    var date: String?
    var locale: ReportLocale
    /// When the document was made, for its properties.
    var created: Date
}
