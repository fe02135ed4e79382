

/// Reads the node tree of one data file (format v1) into a ``ReportDraft``, reporting every problem it finds.
struct ReportReader: Sendable {
    static let topLevelKeys = [
        "organization", "title", "date", "locale", "intro", "department",
        "achievements", "review", "highlights", "metrics", "problems", "suggestions", "plans",
        "email",
    ]
    static let entryKeys = ["title", "text", "items", "department"]
    static let metricKeys = ["name", "value", "unit", "was", "previous", "year_ago"]
    static let reviewKeys = ["plan", "status", "note", "department"]
    /// Entries sit at level 2 (（一）), their items at level 3 (1.) and sub-items at level 4 (（1）): GB/T 9704's four levels.
    static let deepestLevel = 4

    var reader: NodeReader
    /// The file's own `department:`, given to entries that do not name theirs.
    private var fileDepartment: String?

    init(file: String, sourceSize: Int) {
        self.reader = NodeReader(file: file, sourceSize: sourceSize)
    }

    private init(reader: NodeReader, fileDepartment: String?) {
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
        let fields = reader.fields(of: mapping, allowed: Self.topLevelKeys, in: "the data file")
        var draft = ReportDraft(file: reader.file, start: reader.location(of: root))

        draft.organization = requiredText(fields["organization"], key: "organization", example: "organization: 某區科學技術局")
            .map { Located(PlainText.singleLine($0.value), at: $0.location) }
        draft.title = located(fields["title"], optionalText(fields["title"], what: "'title'").map(PlainText.singleLine))
        draft.date = located(fields["date"], fields["date"].flatMap { readDate($0) })
        draft.locale = located(fields["locale"], fields["locale"].flatMap { readLocale($0) })
        draft.intro = located(fields["intro"], optionalText(fields["intro"], what: "'intro'"))
        fileDepartment = optionalText(fields["department"], what: "'department'").map(PlainText.singleLine)
        draft.department = fileDepartment

        let sectionNodes = ReportSection.allCases.compactMap { section -> SectionNode? in
            guard section != .metrics, section != .review, let field = fields[section.rawValue],
                  !NodeReader.isNull(field.value) else { return nil }
            return SectionNode(section: section, node: field.value)
        }
        for (section, entries) in readSections(sectionNodes) { draft.sections[section] = entries }
        draft.metrics = fields["metrics"].map { readMetrics($0.value) } ?? []
        draft.review = fields["review"].map { readReview($0.value) } ?? []
        draft.suggestedKeys = reader.suggestedKeys
        draft.givenKeys = Set(fields.keys)
        draft.email = located(fields["email"], fields["email"].map { readEmail($0.value) })

        if let field = fields["achievements"],
           NodeReader.isNull(field.value) || field.value.sequence?.isEmpty == true {
            reader.report(field.key, "'achievements' must list at least one entry", hint: ReportAssembler.achievementsExample)
        }
        return draft
    }

    private func located<Value>(_ field: (key: YAMLNode, value: YAMLNode)?, _ value: Value?) -> Located<Value>? {
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

    private mutating func optionalText(_ field: (key: YAMLNode, value: YAMLNode)?, what: String) -> String? {
        guard let field, !NodeReader.isNull(field.value) else { return nil }
        guard let text = reader.text(field.value, what: what), !text.isEmpty else { return nil }
        return text
    }

    private mutating func readDate(_ field: (key: YAMLNode, value: YAMLNode)) -> ReportDate? {
        guard !NodeReader.isNull(field.value), let text = reader.text(field.value, what: "'date'") else { return nil }
        guard let date = ReportDate(text) else {
            reader.report(field.value, "'\(text)' is not a date", hint: "write the date as year-month-day, e.g.  date: 2016-07-08")
            return nil
        }
        return date
    }

    private mutating func readLocale(_ field: (key: YAMLNode, value: YAMLNode)) -> ReportLocale? {
        guard !NodeReader.isNull(field.value), let text = reader.text(field.value, what: "'locale'") else { return nil }
        guard let locale = ReportLocale(tag: text) else {
            let choices = ReportLocale.allCases.map(\.rawValue)
            let suggestion = Suggestion.closest(to: text, among: choices).map { "; did you mean '\($0)'?" } ?? ""
            reader.report(field.value, "unknown locale '\(text)'\(suggestion)",
                          hint: "use one of: \(choices.joined(separator: ", ")) (zh-Hant is 繁體中文, zh-Hans is 简体中文)")
            return nil
        }
        return locale
    }

    // MARK: Entries

    /// From this size of file on, the prose sections are read on every core at once.
    static let concurrentReadSize = 1024 * 1024

    /// A section's list in the node tree, to be read on another core.
    private struct SectionNode: Sendable {
        let section: ReportSection
        let node: YAMLNode
    }

    /// The entries of each prose section. A large file's sections are independent subtrees, so each is read on a
    /// core of its own by a reader of its own, whose findings this reader then takes over in section order.
    private mutating func readSections(_ sections: [SectionNode]) -> [(ReportSection, [Entry])] {
        guard reader.sourceSize >= Self.concurrentReadSize, sections.count > 1 else {
            return sections.map { ($0.section, readEntries($0.node, section: $0.section)) }
        }
        let start = ReportReader(reader: reader.fresh(), fileDepartment: fileDepartment)
        let results = sections.concurrentMap(cost: { $0.node.sequence?.elements.count ?? 0 }) { section in
            var sectionReader = start
            let entries = sectionReader.readEntries(section.node, section: section.section)
            return (section.section, entries, sectionReader.reader)
        }
        return results.map { section, entries, sectionReader in
            reader.absorb(sectionReader)
            return (section, entries)
        }
    }

    private mutating func readEntries(_ node: YAMLNode, section: ReportSection) -> [Entry] {
        guard let elements = reader.list(node, what: "'\(section.rawValue)'",
                                         example: "\(section.rawValue):\n      - title: …\n        text: …")
        else { return [] }
        return elements.compactMap { readEntry($0, level: 2, place: "an entry of '\(section.rawValue)'") }
    }

    private mutating func readEntry(_ node: YAMLNode, level: Int, place: String) -> Entry? {
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
            return Entry(text: text, department: fileDepartment, location: reader.location(of: node))
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
            var items: [Entry] = []
            if let field = fields["items"], !NodeReader.isNull(field.value),
               let elements = reader.list(field.value, what: "'items'", example: "items:\n        - …") {
                items = elements.compactMap { readEntry($0, level: level + 1, place: "an item") }
            }
            if title == nil && text == nil && reader.diagnostics.count == problemsBefore {
                reader.report(node, "\(place) has neither a 'title' nor a 'text'",
                              hint: "give it at least one of them, e.g.  - title: 大力開展科普宣傳活動")
                return nil
            }
            return Entry(title: title, text: text, items: items, department: department ?? fileDepartment,
                         location: reader.location(of: node))
        case .sequence:
            reader.report(node, "\(place) is a list inside a list",
                          hint: "remove the extra '- ', or put the points under 'items:' of an entry")
            return nil
        }
    }

    // MARK: Metrics

    private mutating func readMetrics(_ node: YAMLNode) -> [Metric] {
        guard !NodeReader.isNull(node),
              let elements = reader.list(node, what: "'metrics'",
                                         example: "metrics:\n      - {name: 發放科普宣傳資料, value: 1200, unit: 份}")
        else { return [] }
        return elements.compactMap { readMetric($0) }
    }

    private mutating func readMetric(_ node: YAMLNode) -> Metric? {
        guard case let .mapping(mapping) = node else {
            reader.report(node, "a metric must have a 'name' and a 'value'",
                          hint: "for example:  - {name: 發放科普宣傳資料, value: 1200, unit: 份}")
            return nil
        }
        let fields = reader.fields(of: mapping, allowed: Self.metricKeys, in: "a metric")
        let name = optionalText(fields["name"], what: "a metric's 'name'").map(PlainText.singleLine)
        let unit = optionalText(fields["unit"], what: "a metric's 'unit'").map(PlainText.singleLine)
        let value = optionalText(fields["value"], what: "a metric's 'value'").map(PlainText.singleLine)
        if name == nil {
            reader.report(node, "a metric has no 'name'", hint: "name what was counted, e.g.  name: 發放科普宣傳資料")
        }
        guard let value else {
            reader.report(fields["value"]?.key ?? node, "the metric '\(name ?? "")' has no 'value'",
                          hint: "give the number, e.g.  value: 1200")
            return nil
        }
        guard let amount = Metric.amount(from: value) else {
            reader.report(fields["value"]?.value, "the value '\(value)' of the metric '\(name ?? "")' is not a number",
                          hint: "write digits only, e.g.  value: 1200, and put the unit in 'unit:' (unit: 份)")
            return nil
        }
        let formerName = optionalText(fields["was"], what: "a metric's 'was'").map(PlainText.singleLine)
        let previous = fields["previous"].flatMap { readBaseline($0, key: "previous", metric: name ?? "") }
        let yearAgo = fields["year_ago"].flatMap { readBaseline($0, key: "year_ago", metric: name ?? "") }
        guard let name else { return nil }
        return Metric(name: name, value: value, amount: amount, unit: unit, formerName: formerName,
                      statedPrevious: previous, statedYearAgo: yearAgo, location: reader.location(of: node))
    }

    /// An earlier value written into the data (`previous: 1100`), which overrides the lookup in earlier periods.
    private mutating func readBaseline(_ field: (key: YAMLNode, value: YAMLNode), key: String, metric: String) -> MetricBaseline? {
        guard let text = optionalText(field, what: "a metric's '\(key)'").map(PlainText.singleLine) else { return nil }
        guard let amount = Metric.amount(from: text) else {
            reader.report(field.value, "the '\(key)' value '\(text)' of the metric '\(metric)' is not a number",
                          hint: "write digits only, e.g.  \(key): 1100")
            return nil
        }
        return MetricBaseline(value: text, amount: amount, source: .stated)
    }

    // MARK: Review

    private mutating func readReview(_ node: YAMLNode) -> [PlanReview] {
        guard !NodeReader.isNull(node),
              let elements = reader.list(node, what: "'review'",
                                         example: "review:\n      - {plan: 繼續加強知識產權宣傳工作, status: done, note: 已簽訂協議}")
        else { return [] }
        return elements.compactMap { readReviewEntry($0) }
    }

    private mutating func readReviewEntry(_ node: YAMLNode) -> PlanReview? {
        let example = "for example:  - {plan: 繼續加強知識產權宣傳工作, status: done, note: 已簽訂協議}"
        guard case let .mapping(mapping) = node else {
            reader.report(node, "a review entry must have a 'plan' and a 'status'", hint: example)
            return nil
        }
        let fields = reader.fields(of: mapping, allowed: Self.reviewKeys, in: "a review entry")
        let plan = optionalText(fields["plan"], what: "'plan'").map(PlainText.singleLine)
        let note = optionalText(fields["note"], what: "'note'")
        let department = optionalText(fields["department"], what: "'department'").map(PlainText.singleLine)
        if plan == nil {
            reader.report(fields["plan"]?.key ?? node, "a review entry does not say which 'plan' it reviews",
                          hint: "copy the plan's title from the previous half's data, e.g.  plan: 繼續加強知識產權宣傳工作")
        }
        let choices = "done (完成), partial (部分完成), ongoing (進行中), dropped (取消)"
        guard let statusText = optionalText(fields["status"], what: "'status'").map(PlainText.singleLine) else {
            reader.report(fields["status"]?.key ?? node, "the review of '\(plan ?? "")' has no 'status'",
                          hint: "say what became of the plan: \(choices)")
            return nil
        }
        guard let status = PlanStatus(spelling: statusText) else {
            let suggestion = Suggestion.closest(to: statusText, among: PlanStatus.allCases.map(\.rawValue))
                .map { "; did you mean '\($0)'?" } ?? ""
            reader.report(fields["status"]?.value, "unknown status '\(statusText)'\(suggestion)", hint: "use one of: \(choices)")
            return nil
        }
        guard let plan else { return nil }
        return PlanReview(plan: plan, status: status, note: note, department: department ?? fileDepartment,
                          location: reader.location(of: node))
    }
}
