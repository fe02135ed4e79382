import Yams

/// Reads the node tree of one data file (format v1) into a ``Report``, reporting every problem it finds.
struct ReportReader {
    static let topLevelKeys = [
        "organization", "title", "date", "locale", "intro",
        "achievements", "highlights", "metrics", "problems", "suggestions", "plans",
        "email",
    ]
    static let entryKeys = ["title", "text", "items"]
    static let metricKeys = ["name", "value", "unit"]
    /// Entries sit at level 2 (（一）), their items at level 3 (1.) and sub-items at level 4 (（1）): GB/T 9704's four levels.
    static let deepestLevel = 4

    var reader: NodeReader
    private let period: Period

    init(file: String, sourceSize: Int, period: Period) {
        self.reader = NodeReader(file: file, sourceSize: sourceSize)
        self.period = period
    }

    /// The report, or nil when there were errors; `diagnostics` holds them (and any warnings) either way.
    var diagnostics: [Diagnostic] { reader.diagnostics }

    mutating func read(_ root: Node?) -> Report? {
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

        let organization = requiredText(fields["organization"], key: "organization", in: root,
                                        example: "organization: 某區科學技術局")
        let title = optionalText(fields["title"], what: "'title'").map(PlainText.singleLine)
        let date = fields["date"].flatMap { readDate($0) }
        let locale = fields["locale"].flatMap { readLocale($0) }
        let intro = optionalText(fields["intro"], what: "'intro'")

        var sections: [ReportSection: [Entry]] = [:]
        for section in ReportSection.allCases where section != .metrics {
            guard let field = fields[section.rawValue], !NodeReader.isNull(field.value) else { continue }
            sections[section] = readEntries(field.value, section: section)
        }
        let metrics = fields["metrics"].map { readMetrics($0.value) } ?? []
        let email = fields["email"].map { readEmail($0.value) } ?? EmailSettings()

        let example = "every report says what was achieved, for example:\n    achievements:\n      - title: 認真做好科技項目驗收及申報工作\n        text: 為推動……"
        if let field = fields["achievements"] {
            if NodeReader.isNull(field.value) || field.value.sequence?.isEmpty == true {
                reader.report(field.key, "'achievements' must list at least one entry", hint: example)
            }
        } else {
            reader.report(root, "the required key 'achievements' is missing", hint: example)
        }
        guard !reader.hasErrors, let organization else { return nil }
        var report = Report(
            period: period, organization: organization, title: title, date: date, locale: locale ?? .default,
            intro: intro, achievements: sections[.achievements] ?? [], highlights: sections[.highlights] ?? [],
            metrics: metrics, problems: sections[.problems] ?? [], suggestions: sections[.suggestions] ?? [],
            plans: sections[.plans] ?? [])
        report.email = email
        return report
    }

    // MARK: Fields

    private mutating func requiredText(_ field: (key: Node, value: Node)?, key: String, in root: Node, example: String) -> String? {
        guard let field else {
            reader.report(root, "the required key '\(key)' is missing", hint: "add a line such as  \(example)")
            return nil
        }
        guard !NodeReader.isNull(field.value) else {
            reader.report(field.key, "'\(key)' is empty", hint: "write it after the colon, e.g.  \(example)")
            return nil
        }
        guard let text = reader.text(field.value, what: "'\(key)'") else { return nil }
        guard !text.isEmpty else {
            reader.report(field.value, "'\(key)' is empty", hint: "write it after the colon, e.g.  \(example)")
            return nil
        }
        return PlainText.singleLine(text)
    }

    private mutating func optionalText(_ field: (key: Node, value: Node)?, what: String) -> String? {
        guard let field, !NodeReader.isNull(field.value) else { return nil }
        guard let text = reader.text(field.value, what: what), !text.isEmpty else { return nil }
        return text
    }

    private mutating func readDate(_ field: (key: Node, value: Node)) -> ReportDate? {
        guard !NodeReader.isNull(field.value), let text = reader.text(field.value, what: "'date'") else { return nil }
        guard let date = ReportDate(text) else {
            reader.report(field.value, "'\(text)' is not a date", hint: "write the date as year-month-day, e.g.  date: 2016-07-08")
            return nil
        }
        return date
    }

    private mutating func readLocale(_ field: (key: Node, value: Node)) -> ReportLocale? {
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

    private mutating func readEntries(_ node: Node, section: ReportSection) -> [Entry] {
        guard let elements = reader.list(node, what: "'\(section.rawValue)'",
                                         example: "\(section.rawValue):\n      - title: …\n        text: …")
        else { return [] }
        return elements.compactMap { readEntry($0, level: 2, place: "an entry of '\(section.rawValue)'") }
    }

    private mutating func readEntry(_ node: Node, level: Int, place: String) -> Entry? {
        guard reader.visit(node) else { return nil }
        switch node {
        case .scalar:
            guard !NodeReader.isNull(node) else {
                reader.report(node, "\(place) is empty", hint: "write the text after the '- ', or remove the line")
                return nil
            }
            guard let text = reader.text(node, what: place), !text.isEmpty else { return nil }
            return Entry(text: text, location: reader.location(of: node))
        case let .mapping(mapping):
            let problemsBefore = reader.diagnostics.count
            let allowed = level < Self.deepestLevel ? Self.entryKeys : Self.entryKeys.filter { $0 != "items" }
            let fields = reader.fields(of: mapping, allowed: allowed, in: place)
            if level == Self.deepestLevel, let items = mapping["items"] {
                reader.report(items, "too many levels: items inside \(place) would be a fifth level",
                              hint: "official documents use at most four levels (一、（一）1.（1）); fold these points into the text")
            }
            let title = optionalText(fields["title"], what: "'title'").map(PlainText.singleLine)
            let text = optionalText(fields["text"], what: "'text'")
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
            return Entry(title: title, text: text, items: items, location: reader.location(of: node))
        case .sequence:
            reader.report(node, "\(place) is a list inside a list",
                          hint: "remove the extra '- ', or put the points under 'items:' of an entry")
            return nil
        case .alias:
            return nil
        }
    }

    // MARK: Metrics

    private mutating func readMetrics(_ node: Node) -> [Metric] {
        guard !NodeReader.isNull(node),
              let elements = reader.list(node, what: "'metrics'",
                                         example: "metrics:\n      - {name: 發放科普宣傳資料, value: 1200, unit: 份}")
        else { return [] }
        return elements.compactMap { readMetric($0) }
    }

    private mutating func readMetric(_ node: Node) -> Metric? {
        guard reader.visit(node) else { return nil }
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
        guard let name else { return nil }
        return Metric(name: name, value: value, amount: amount, unit: unit, location: reader.location(of: node))
    }
}
