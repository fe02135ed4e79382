/// One point of a section: a heading, a paragraph, or both, with optional sub-points.
///
/// Text is plain text, already normalized by ``PlainText``: paragraphs are separated by one blank line and hold no
/// other line breaks. A plain string in the data file becomes an entry with text only.
public struct Entry: Hashable, Sendable {
    public var title: String?
    public var text: String?
    public var items: [Entry]
    /// The department the entry comes from, when a period's data is split by department.
    public var department: String?
    /// Where the entry starts in its data file.
    public var location: SourceLocation?

    public init(title: String? = nil, text: String? = nil, items: [Entry] = [], department: String? = nil,
                location: SourceLocation? = nil) {
        self.title = title
        self.text = text
        self.items = items
        self.department = department
        self.location = location
    }

    /// How a later period's `review:` names this entry: its title, or its text when it has none.
    public var name: String { title ?? text ?? "" }
}

extension Entry {
    /// How many entries a list holds with all their items and sub-items.
    public static func totalCount(of entries: [Entry]) -> Int {
        entries.reduce(entries.count) { $0 + totalCount(of: $1.items) }
    }
}
