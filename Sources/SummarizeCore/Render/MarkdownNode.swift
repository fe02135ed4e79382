/// A parsed CommonMark document as plain Swift values, so that every output format (styled HTML, plain text) walks
/// the same tree instead of re-reading rendered HTML.
///
/// The cases are exactly the node kinds of CommonMark; raw HTML is kept only as a marker, because the tool runs
/// cmark in its safe mode and never passes raw HTML through.
indirect enum MarkdownBlock: Hashable, Sendable {
    case heading(level: Int, [MarkdownInline])
    case paragraph([MarkdownInline])
    case list(MarkdownList)
    case blockQuote([MarkdownBlock])
    case codeBlock(info: String, text: String)
    case thematicBreak
    /// Raw HTML in the Markdown; shown as `<!-- raw HTML omitted -->` like cmark's safe mode.
    case rawHTML
}

/// A bullet or ordered list; `isTight` lists show their paragraphs without `<p>` (CommonMark §5.3).
struct MarkdownList: Hashable, Sendable {
    var isOrdered: Bool
    var start: Int
    var isTight: Bool
    var items: [[MarkdownBlock]]
}

indirect enum MarkdownInline: Hashable, Sendable {
    case text(String)
    case code(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case link(url: String, title: String, [MarkdownInline])
    case image(url: String, title: String, alt: [MarkdownInline])
    /// A line break in the source that is not a hard break: joined without a gap between Chinese characters.
    case softBreak
    case lineBreak
    case rawHTML
}

/// What a line break inside a paragraph of the filled Markdown (a soft break) shows. Such breaks come only from
/// the templates, since data text never holds one (``PlainText`` joins every paragraph into one line), so the
/// report's language decides: Chinese lines join without a space, as typed Chinese does; English lines with one.
enum SoftBreak: Sendable {
    case join, space

    init(_ locale: ReportLocale) {
        self = locale == .en ? .space : .join
    }

    var separator: String {
        switch self {
        case .join: ""
        case .space: " "
        }
    }
}

extension [MarkdownInline] {
    /// The text a reader sees, without markup: emphasis and links become their text, images their description, a
    /// soft break shows as `softBreak` says, a hard break is "\n".
    func plainText(softBreak: SoftBreak) -> String {
        var result = ""
        func collect(_ inlines: [MarkdownInline]) {
            for inline in inlines {
                switch inline {
                case let .text(text), let .code(text): result += text
                case let .emphasis(children), let .strong(children), let .link(_, _, children), let .image(_, _, children):
                    collect(children)
                case .softBreak: result += softBreak.separator
                case .lineBreak: result += "\n"
                case .rawHTML: break
                }
            }
        }
        collect(self)
        return result
    }
}
