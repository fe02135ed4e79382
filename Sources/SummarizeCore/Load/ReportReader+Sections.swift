/// A section's key and value in the node tree, to be read (on another core, for a large file).
struct SectionNode: Sendable {
    /// The canonical key of a known section, or the key as written.
    var key: String
    var known: KnownSection?
    /// The key as written, for messages.
    var name: String
    var keyNode: YAMLNode
    var value: YAMLNode
    /// The heading a section of the office's own gets when its block gives none: its Chinese key.
    var heading: String?
}

extension ReportReader {
    /// From this size of file on, the sections are read on every core at once.
    static let concurrentReadSize = 1024 * 1024

    /// Every section in file order. A large file's sections are independent subtrees, so each is read on a core of
    /// its own by a reader of its own, whose findings this reader then takes over in section order.
    mutating func readSections(_ sections: [SectionNode]) -> [SectionDraft] {
        guard reader.sourceSize >= Self.concurrentReadSize, sections.count > 1 else {
            return sections.compactMap { readSection($0) }
        }
        let start = ReportReader(reader: reader.fresh(), fileDepartment: fileDepartment)
        let results = sections.concurrentMap(cost: { Self.size(of: $0.value) }) { section in
            var sectionReader = start
            let draft = sectionReader.readSection(section)
            return (draft, sectionReader.reader)
        }
        return results.compactMap { draft, sectionReader in
            reader.absorb(sectionReader)
            return draft
        }
    }

    /// A rough count of a section's points, for handing the largest to a core first.
    private static func size(of value: YAMLNode) -> Int {
        switch value {
        case let .sequence(sequence): sequence.elements.count
        case let .mapping(mapping): mapping.pairs.reduce(0) { $0 + size(of: $1.value) }
        case .scalar: 1
        }
    }

    /// A section written as a list of points, as one text (lead paragraphs only), or as a block with a `heading`,
    /// a lead `text`, its `entries` and their `numbering`. Nothing written (`problems:`) is no section.
    mutating func readSection(_ section: SectionNode) -> SectionDraft? {
        let place = "'\(section.name.quoted)'"
        let kind = section.known?.contentKind ?? .entries
        var draft = SectionDraft(key: section.key, known: section.known,
                                 heading: section.heading.map { Located($0, at: reader.location(of: section.keyNode)) },
                                 content: .entries([]), location: reader.location(of: section.keyNode))
        switch section.value {
        case _ where NodeReader.isNull(section.value):
            if section.known == .achievements {
                reader.report(section.keyNode, "'achievements' must list at least one entry", hint: ReportAssembler.achievementsExample)
            }
            return nil
        case let .sequence(sequence):
            draft.content = readContent(section.value, kind: kind, name: section.name, level: 2, numbered: true)
            // Points that were written but are wrong have their own messages; this one is for a list left empty.
            if section.known == .achievements && draft.content == .entries([]) {
                guard sequence.elements.isEmpty else { return nil }
                reader.report(section.keyNode, "'achievements' must list at least one entry", hint: ReportAssembler.achievementsExample)
                return nil
            }
        case .scalar:
            guard kind == .entries else {
                _ = reader.list(section.value, what: place, example: Self.example(for: kind, key: section.name))
                return nil
            }
            draft.lead = located(section.value, reader.text(section.value, what: place))
        case let .mapping(mapping):
            let fields = reader.fields(of: mapping, allowed: Self.sectionBlockKeys, in: "the section \(place)")
            if let heading = optionalText(fields["heading"], what: "the 'heading' of \(place)").map(PlainText.singleLine) {
                draft.heading = Located(heading, at: fields["heading"].map { reader.location(of: $0.value) })
            }
            draft.lead = located(fields["text"]?.value, optionalText(fields["text"], what: "the 'text' of \(place)"))
            if let field = fields["numbering"], let numbering = readNumbering(field, of: place) {
                draft.numbering = Located(numbering, at: reader.location(of: field.value))
            }
            if let field = fields["entries"], !NodeReader.isNull(field.value) {
                let level = draft.numbering?.value == .items ? 3 : 2
                draft.content = readContent(field.value, kind: kind, name: section.name, level: level,
                                            numbered: draft.numbering?.value != PointNumbering.none)
            } else if kind != .entries {
                draft.content = kind == .metrics ? .metrics([]) : .review([])
            }
            if section.known == .achievements && draft.lead == nil && draft.content == .entries([]) {
                if case let .sequence(entries)? = fields["entries"]?.value, !entries.elements.isEmpty { return nil }
                reader.report(section.keyNode, "'achievements' must list at least one entry", hint: ReportAssembler.achievementsExample)
                return nil
            }
        }
        return draft
    }

    private func located<Value>(_ node: YAMLNode?, _ value: Value?) -> Located<Value>? {
        guard let value else { return nil }
        return Located(value, at: node.map { reader.location(of: $0) })
    }

    /// The points of a section: entries, metric rows or review lines.
    private mutating func readContent(_ node: YAMLNode, kind: KnownSection.ContentKind, name: String, level: Int,
                                      numbered: Bool) -> Section.Content {
        let place = "'\(name.quoted)'"
        switch kind {
        case .metrics: return .metrics(readMetrics(node))
        case .review: return .review(readReview(node))
        case .entries:
            guard let elements = reader.list(node, what: place, example: Self.example(for: kind, key: name)) else {
                return .entries([])
            }
            let point = level == 2 ? "an entry of \(place)" : "an item of \(place)"
            if numbered { checkOwnNumbers(elements, level: level) }
            return .entries(elements.compactMap { readEntry($0, level: level, place: point, inheritsDepartment: true) })
        }
    }

    /// `numbering: 1.` (or `items`), `numbering: （一）` (or `entries`, the default), `numbering: none`.
    private mutating func readNumbering(_ field: (key: YAMLNode, value: YAMLNode), of place: String) -> PointNumbering? {
        guard let text = optionalText(field, what: "the 'numbering' of \(place)").map(PlainText.singleLine) else { return nil }
        guard let numbering = PointNumbering(spelling: text) else {
            reader.report(field.value, "unknown numbering '\(text.quoted)'",
                          hint: "write  numbering: （一）  (the default), numbering: 1.  (points numbered 1. 2. directly under the section) or  numbering: none")
            return nil
        }
        return numbering
    }

    static func example(for kind: KnownSection.ContentKind, key: String) -> String {
        switch kind {
        case .metrics: "metrics:\n      - {name: 發放科普宣傳資料, value: 1200, unit: 份}"
        case .review: "review:\n      - {plan: 繼續加強知識產權宣傳工作, status: done, note: 已簽訂協議}"
        case .entries: "\(key):\n      - title: …\n        text: …"
        }
    }
}
