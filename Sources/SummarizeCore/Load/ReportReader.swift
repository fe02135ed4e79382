/// Reads the node tree of one data file into a ``ReportDraft``, reporting every problem it finds.
///
/// The file is a block of keys: the document's own fields (``fieldKeys``) and its sections, in the order they are
/// to be printed. A key the tool knows (``KnownSection``, in English or Chinese) is that section; any other key is
/// a section of the office's own (`保障措施:`), headed by its `heading:` or, for a Chinese key, by the key itself. An
/// unknown English key without a heading is taken for a typo and refused, with the closest known key.
struct ReportReader: Sendable {
    static let fieldKeys = ["organization", "title", "date", "locale", "kind", "intro", "department", "email"]
    static let sectionKeys = KnownSection.allCases.map(\.rawValue)
    static let topLevelKeys = fieldKeys + sectionKeys
    /// A section written as a block instead of a list.
    static let sectionBlockKeys = ["heading", "text", "entries", "numbering"]

    var reader: NodeReader
    /// The file's own `department:`, given to the points of its sections that do not name theirs.
    var fileDepartment: String?

    init(file: String, sourceSize: Int) {
        self.reader = NodeReader(file: file, sourceSize: sourceSize)
    }

    init(reader: NodeReader, fileDepartment: String?) {
        self.reader = reader
        self.fileDepartment = fileDepartment
    }

    /// The errors and warnings found so far.
    var diagnostics: [Diagnostic] { reader.diagnostics }

    /// What the file says; nil when it says nothing usable (empty, or not a set of keys).
    mutating func read(_ root: YAMLNode?) -> ReportDraft? {
        guard let root, !NodeReader.isNull(root) else {
            reader.report(nil, "the data file is empty",
                          hint: "start with the two lines that every report needs:\n    organization: 某區科學技術局\n    achievements:\n      - 認真做好科技項目驗收及申報工作")
            return nil
        }
        guard case let .mapping(mapping) = root else {
            reader.report(root, "the data file must be a set of keys such as 'organization:' and 'achievements:'",
                          hint: "start with the line  organization: 某區科學技術局")
            return nil
        }
        var fields: [String: (key: YAMLNode, value: YAMLNode)] = [:]
        var sections: [SectionNode] = []
        let keys = reader.keys(of: mapping, allowed: Self.topLevelKeys)
        for key in keys {
            if let canonical = key.canonical {
                if Self.fieldKeys.contains(canonical) {
                    fields[canonical] = (key.key, key.value)
                } else {
                    sections.append(SectionNode(key: canonical, known: KnownSection(rawValue: canonical), name: key.name,
                                                keyNode: key.key, value: key.value, heading: nil))
                }
            } else if let custom = customSection(key) {
                sections.append(custom)
            }
        }
        var draft = ReportDraft(file: reader.file, start: reader.location(of: root))
        draft.organization = requiredText(fields["organization"], key: "organization", example: "organization: 某區科學技術局")
            .map { Located(PlainText.singleLine($0.value), at: $0.location) }
        draft.title = located(fields["title"], fields["title"].flatMap { readTitle($0.value) })
        draft.date = located(fields["date"], fields["date"].flatMap { readDate($0) })
        draft.locale = located(fields["locale"], fields["locale"].flatMap { readLocale($0) })
        draft.kind = located(fields["kind"], fields["kind"].flatMap { readKind($0) })
        draft.intro = located(fields["intro"], optionalText(fields["intro"], what: "'intro'"))
        fileDepartment = optionalText(fields["department"], what: "'department'").map(PlainText.singleLine)
        draft.email = located(fields["email"], fields["email"].map { readEmail($0.value) })
        draft.sections = readSections(sections)
        draft.suggestedKeys = reader.suggestedKeys
        draft.givenKeys = Set(keys.compactMap(\.canonical))
        return draft
    }

    /// A key that names no known field or section: a section of the office's own, or a typo.
    private mutating func customSection(_ key: NodeReader.Key) -> SectionNode? {
        let heading = givenHeading(in: key.value)
        let isEnglish = key.name.unicodeScalars.allSatisfy(\.isASCII)
        if isEnglish && heading == nil {
            reader.reportUnknown(key, allowed: Self.topLevelKeys, in: "the data file",
                                 advice: "; a section of your own needs a heading, e.g.  safeguards: {heading: 保障措施, text: …}")
            return nil
        }
        if let suggestion = reader.suggestion(for: key.name, among: Self.topLevelKeys) {
            reader.report(key.key, "'\(key.name.quoted)' is not a key summarize knows, so it is printed as a section of its own; did you mean '\(suggestion)'?",
                          hint: "if it is meant to be '\(suggestion)', correct the key; if it is a section of your own, give it a name less like '\(suggestion)'",
                          severity: .warning)
        }
        return SectionNode(key: key.name, known: nil, name: key.name, keyNode: key.key, value: key.value,
                           heading: heading == nil ? key.name : nil)
    }

    /// Whether a section's value is a block with a `heading:` (in any spelling), without reporting anything.
    private func givenHeading(in value: YAMLNode) -> YAMLNode? {
        guard case let .mapping(mapping) = value else { return nil }
        return mapping.first { pair in
            pair.key.scalar.map { KeyAliases.canonical($0.string, among: Self.sectionBlockKeys) == "heading" } ?? false
        }?.value
    }

    func located<Value>(_ field: (key: YAMLNode, value: YAMLNode)?, _ value: Value?) -> Located<Value>? {
        guard let value else { return nil }
        return Located(value, at: field.map { reader.location(of: $0.value) })
    }

    // MARK: Fields

    /// A key every period needs but any one file may leave out; given and empty is an error.
    private mutating func requiredText(_ field: (key: YAMLNode, value: YAMLNode)?, key: String, example: String) -> Located<String>? {
        guard let field else { return nil }
        guard !NodeReader.isNull(field.value) else {
            reader.report(field.key, "'\(key)' is empty", hint: "write it after the colon, e.g.  \(example)")
            return nil
        }
        guard let text = reader.text(field.value, what: "'\(key)'") else { return nil }
        guard !text.isEmpty else {
            reader.report(field.value, "'\(key)' is empty", hint: "write it after the colon, e.g.  \(example)")
            return nil
        }
        return Located(text, at: reader.location(of: field.value))
    }

    mutating func optionalText(_ field: (key: YAMLNode, value: YAMLNode)?, what: String) -> String? {
        guard let field, !NodeReader.isNull(field.value) else { return nil }
        guard let text = reader.text(field.value, what: what), !text.isEmpty else { return nil }
        return text
    }

    /// The title on one line, or as a list of lines (a long title broken where the office wants it broken).
    private mutating func readTitle(_ node: YAMLNode) -> [String]? {
        guard !NodeReader.isNull(node) else { return nil }
        if case let .sequence(sequence) = node {
            let lines = sequence.compactMap { reader.text($0, what: "a line of the 'title'").map(PlainText.singleLine) }
                .filter { !$0.isEmpty }
            return lines.isEmpty ? nil : lines
        }
        return reader.text(node, what: "'title'").map(PlainText.singleLine).flatMap { $0.isEmpty ? nil : [$0] }
    }

    private mutating func readDate(_ field: (key: YAMLNode, value: YAMLNode)) -> ReportDate? {
        guard !NodeReader.isNull(field.value), let text = reader.text(field.value, what: "'date'") else { return nil }
        let hint = "write the date as year-month-day, e.g.  date: 2016-07-08"
        switch ReportDate.parse(PlainText.singleLine(text)) {
        case let .success(date):
            return date
        case .failure(.notADate), .failure(.noSuchDay):
            reader.report(field.value, "'\(text.quoted)' is not a date", hint: hint)
        case let .failure(.year(year)):
            reader.report(field.value, "'\(text.quoted)' is not a date: the year '\(year)' must be four digits from \(ReportDate.years.lowerBound) to \(ReportDate.years.upperBound)",
                          hint: hint)
        }
        return nil
    }

    private mutating func readLocale(_ field: (key: YAMLNode, value: YAMLNode)) -> ReportLocale? {
        guard !NodeReader.isNull(field.value), let text = reader.text(field.value, what: "'locale'") else { return nil }
        guard let locale = ReportLocale(tag: text) else {
            let choices = ReportLocale.allCases.map(\.rawValue)
            let suggestion = Suggestion.closest(to: text, among: choices).map { "; did you mean '\($0)'?" } ?? ""
            reader.report(field.value, "unknown locale '\(text.quoted)'\(suggestion)",
                          hint: "use one of: \(choices.joined(separator: ", ")) (zh-Hant is 繁體中文, zh-Hans is 简体中文)")
            return nil
        }
        return locale
    }

    private mutating func readKind(_ field: (key: YAMLNode, value: YAMLNode)) -> DocumentKind? {
        guard !NodeReader.isNull(field.value), let text = reader.text(field.value, what: "'kind'") else { return nil }
        guard let kind = DocumentKind(spelling: PlainText.singleLine(text)) else {
            let suggestion = Suggestion.closest(to: text, among: DocumentKind.spellings.keys).map { "; did you mean '\($0)'?" } ?? ""
            reader.report(field.value, "unknown kind of document '\(text.quoted)'\(suggestion)",
                          hint: "use  kind: summary  (工作總結, the default) or  kind: plan  (工作計劃)")
            return nil
        }
        return kind
    }

    /// `yes` or `no`, as a person types it in either language.
    mutating func readYesNo(_ field: (key: YAMLNode, value: YAMLNode)?, key: String) -> Bool? {
        guard let field, let text = optionalText(field, what: "'\(key)'") else { return nil }
        switch PlainText.singleLine(text).lowercased() {
        case "yes", "true", "y", "on", "是", "對", "对": return true
        case "no", "false", "n", "off", "否", "不": return false
        default:
            reader.report(field.value, "'\(key)' is yes or no, not '\(text.quoted)'", hint: "write  \(key): yes  or  \(key): no")
            return nil
        }
    }
}
