/// One point of a section: a heading, a paragraph, or both, with optional sub-points.
///
/// Text is plain text, already normalized by ``PlainText``: paragraphs are separated by one blank line and hold no
/// other line breaks. A plain string in the data file becomes an entry with text only.
struct Entry: Hashable, Sendable {
    var title: String?
    var text: String?
    var items: [Entry]
    /// The department the entry comes from, when a period's data is split by department.
    var department: String?
    /// The units responsible for the point (市教育局, 市科協), printed after it.
    var responsible: [String]
    /// Whether the title runs into the text in one paragraph; nil to decide by the title's last character (see
    /// ``isRunIn``).
    var runIn: Bool?
    /// Whether the entry's own items are numbered (at the next level); `numbering: none` in the data says no.
    var itemsAreNumbered: Bool
    /// Where the entry starts in its data file.
    var location: SourceLocation?

    init(title: String? = nil, text: String? = nil, items: [Entry] = [], department: String? = nil,
                responsible: [String] = [], runIn: Bool? = nil, itemsAreNumbered: Bool = true,
                location: SourceLocation? = nil) {
        self.title = title
        self.text = text
        self.items = items
        self.department = department
        self.responsible = responsible
        self.runIn = runIn
        self.itemsAreNumbered = itemsAreNumbered
        self.location = location
    }

    /// How a later period's `review:` names this entry: its title, or its text when it has none.
    var name: String { title ?? text ?? "" }

    /// Whether the title runs into the text in one paragraph (「（三）主動靠前服務。圍繞……」): as the data says, or else
    /// when the title ends a sentence (。！？). A title without final punctuation is a heading line of its own.
    var isRunIn: Bool {
        guard let title else { return false }
        if let runIn { return runIn }
        return title.last.map { "。！？.!?．".contains($0) } ?? false
    }
}

extension Entry {
    /// How many entries a list holds with all their items and sub-items.
    static func totalCount(of entries: [Entry]) -> Int {
        entries.reduce(entries.count) { $0 + totalCount(of: $1.items) }
    }
}
