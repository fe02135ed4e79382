/// A block of the Word document's body before it is written as XML: a styled paragraph or a ruled table. The
/// mapping from Markdown (``blocks(from:house:)``) produces these, so that which style each element gets can be
/// tested without reading XML.
enum WordBlock: Equatable, Sendable {
    case paragraph(WordParagraph)
    case table(PipeTable)
}

/// A paragraph: its named style, its runs, and the few properties that belong to this paragraph alone and so are
/// direct formatting.
struct WordParagraph: Hashable, Sendable {
    var style: WordStyle
    var runs: [WordRun]
    /// Set on the last paragraph of the body, so that it shares a page with the signature.
    var keepWithNext = false
    /// The signature's right indent, when the organization and date widths move it from the style's 2 characters.
    var rightIndent: WordParagraphProperties.Indent?

    init(_ style: WordStyle, _ runs: [WordRun], keepWithNext: Bool = false,
         rightIndent: WordParagraphProperties.Indent? = nil) {
        self.style = style
        self.runs = runs
        self.keepWithNext = keepWithNext
        self.rightIndent = rightIndent
    }

    /// The text a reader sees, line breaks as "\n".
    var text: String { runs.map(\.text).joined() }
}

/// A run of text in one character style (nil: the paragraph's own); "\n" in `text` is a line break.
struct WordRun: Hashable, Sendable {
    var style: WordStyle?
    var text: String

    init(_ text: String, style: WordStyle? = nil) {
        self.style = style
        self.text = text
    }
}
