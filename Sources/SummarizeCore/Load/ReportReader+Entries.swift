extension ReportReader {
    static let entryKeys = ["title", "text", "items", "department", "responsible", "run_in", "numbering"]
    /// Points sit at level 2 (（一）) or 3 (1.), their items one level down, down to level 4 (（1）): GB/T 9704's
    /// four levels.
    static let deepestLevel = 4

    /// One point: a plain text, or a block with a `title`, a `text` or both, and optionally `items`, the
    /// `department` it comes from, the `responsible` units, whether its title runs into its text (`run_in`) and
    /// whether its items are numbered (`numbering: none`). A file's own `department:` goes to the section's points
    /// (`inheritsDepartment`), not to their items.
    mutating func readEntry(_ node: YAMLNode, level: Int, place: String, inheritsDepartment: Bool) -> Entry? {
        let inherited = inheritsDepartment ? fileDepartment : nil
        switch node {
        case .scalar:
            guard !NodeReader.isNull(node) else {
                reader.report(node, "\(place) is empty", hint: "write the text after the '- ', or remove the line")
                return nil
            }
            guard let text = reader.text(node, what: place) else { return nil }
            guard !text.isEmpty else {
                reader.report(node, "\(place) is empty", hint: "write the text between the quotes, or remove the line")
                return nil
            }
            return Entry(text: text, department: inherited, location: reader.location(of: node))
        case let .mapping(mapping):
            let problemsBefore = reader.diagnostics.count
            var fields = reader.fields(of: mapping, allowed: Self.entryKeys, in: place)
            if level == Self.deepestLevel, let items = fields.removeValue(forKey: "items") {
                reader.report(items.key, "too many levels: items inside \(place) would be a fifth level",
                              hint: "official documents use at most four levels (一、（一）1.（1）); fold these points into the text")
            }
            let title = optionalText(fields["title"], what: "'title'").map(PlainText.singleLine)
            let text = optionalText(fields["text"], what: "'text'")
            let department = optionalText(fields["department"], what: "'department'").map(PlainText.singleLine)
            let responsible = readResponsible(fields["responsible"])
            let runIn = readYesNo(fields["run_in"], key: "run_in")
            let itemsAreNumbered = readItemNumbering(fields["numbering"])
            var items: [Entry] = []
            if let field = fields["items"], !NodeReader.isNull(field.value),
               let elements = reader.list(field.value, what: "'items'", example: "items:\n        - …") {
                items = elements.compactMap { readEntry($0, level: level + 1, place: "an item", inheritsDepartment: false) }
                if itemsAreNumbered { checkOwnNumbers(elements, level: level + 1) }
            }
            if title == nil && text == nil && reader.diagnostics.count == problemsBefore {
                reader.report(node, "\(place) has neither a 'title' nor a 'text'",
                              hint: "give it at least one of them, e.g.  - title: 大力開展科普宣傳活動")
                return nil
            }
            return Entry(title: title, text: text, items: items, department: department ?? inherited,
                         responsible: responsible, runIn: runIn, itemsAreNumbered: itemsAreNumbered,
                         location: reader.location(of: node))
        case .sequence:
            reader.report(node, "\(place) is a list inside a list",
                          hint: "remove the extra '- ', or put the points under 'items:' of an entry")
            return nil
        }
    }

    /// `responsible: 市教育局` or a list, `responsible: [市教育局, 市科協]`.
    private mutating func readResponsible(_ field: (key: YAMLNode, value: YAMLNode)?) -> [String] {
        guard let field, !NodeReader.isNull(field.value) else { return [] }
        let elements = field.value.sequence?.elements ?? [field.value]
        return elements.compactMap { reader.text($0, what: "a unit in 'responsible'").map(PlainText.singleLine) }
            .filter { !$0.isEmpty }
    }

    /// An entry's `numbering:` says only whether its items are numbered: they are always one level down.
    private mutating func readItemNumbering(_ field: (key: YAMLNode, value: YAMLNode)?) -> Bool {
        guard let field, let text = optionalText(field, what: "'numbering'").map(PlainText.singleLine) else { return true }
        switch PointNumbering(spelling: text) {
        case .none?: return false
        case .entries?, .items?: return true
        case nil:
            reader.report(field.value, "unknown numbering '\(text.quoted)'",
                          hint: "an entry's items are numbered one level down; write  numbering: none  to leave them unnumbered")
            return true
        }
    }
}
