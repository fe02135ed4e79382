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

extension [MarkdownInline] {
    /// The text a reader sees, without markup: emphasis and links become their text, images their description, a
    /// soft break joins like a line of typed text (see ``softBreakSeparator(after:before:)``), a hard break is "\n".
    var plainText: String {
        var pieces: [Substring] = []
        var current = ""
        func collect(_ inlines: [MarkdownInline]) {
            for inline in inlines {
                switch inline {
                case let .text(text), let .code(text): current += text
                case let .emphasis(children), let .strong(children), let .link(_, _, children), let .image(_, _, children):
                    collect(children)
                case .softBreak:
                    pieces.append(Substring(current))
                    current = ""
                case .lineBreak: current += "\n"
                case .rawHTML: break
                }
            }
        }
        collect(self)
        pieces.append(Substring(current))
        return PlainText.join(pieces.filter { !$0.isEmpty })
    }

    /// What a soft break between two inlines shows: nothing between Chinese characters, a space elsewhere.
    static func softBreakSeparator(after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> String {
        guard let previous, let next else { return "" }
        return CJK.isWide(previous) || CJK.isWide(next) ? "" : " "
    }
}

extension MarkdownInline {
    /// The first and last characters a reader sees, for deciding what a neighbouring soft break shows.
    var firstScalar: Unicode.Scalar? {
        switch self {
        case let .text(text), let .code(text): text.unicodeScalars.first
        case let .emphasis(children), let .strong(children), let .link(_, _, children), let .image(_, _, children):
            children.lazy.compactMap(\.firstScalar).first
        case .softBreak, .lineBreak, .rawHTML: nil
        }
    }

    var lastScalar: Unicode.Scalar? {
        switch self {
        case let .text(text), let .code(text): text.unicodeScalars.last
        case let .emphasis(children), let .strong(children), let .link(_, _, children), let .image(_, _, children):
            children.reversed().lazy.compactMap(\.lastScalar).first
        case .softBreak, .lineBreak, .rawHTML: nil
        }
    }
}
