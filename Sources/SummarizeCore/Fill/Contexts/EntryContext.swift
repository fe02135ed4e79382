/// A point (an entry, item or sub-item) as the templates see it.
///
/// `number` is its place among its siblings and `outline` the dotted path from the section down (`2.1.3`), for
/// house styles that number that way. `isOnly` (the one point of its list) and `isNumbered` (false in a list the
/// data leaves unnumbered) let the templates decide when a number is shown; `isRunIn` and `isHeading` say how the
/// title is set (see ``Entry/isRunIn``).
struct EntryContext: TemplateContext {
    let entry: Entry
    let number: Numeral
    let outline: String
    let count: Int
    let isNumbered: Bool
    let locale: ReportLocale

    static let owner = "the entry"
    static let fields: [String: @Sendable (Self) -> Any] = [
        "number": { TemplateValue($0.number) },
        "outline": { TemplateValue($0.outline) },
        "isOnly": { $0.count == 1 },
        "isNumbered": { $0.isNumbered },
        "title": { $0.entry.title.templateValue },
        "text": { $0.entry.text.templateValue },
        "isRunIn": { $0.entry.isRunIn },
        "isHeading": { $0.entry.title != nil && !$0.entry.isRunIn },
        "department": { $0.entry.department.templateValue },
        "responsible": { $0.responsible },
        "items": { list($0.entry.items, numbered: $0.entry.itemsAreNumbered, outline: $0.outline, locale: $0.locale) },
    ]

    /// The responsible units as one text: 市教育局、市科協 (in English, comma-separated).
    private var responsible: TemplateValue {
        guard !entry.responsible.isEmpty else { return .nothing }
        return TemplateValue(entry.responsible.joined(separator: locale == .en ? ", " : "、"))
    }

    /// A list of points as templates iterate it; nothing for an empty list, so that `{{#items}}` skips.
    static func list(_ entries: [Entry], numbered: Bool, outline: String, locale: ReportLocale) -> Any {
        guard !entries.isEmpty else { return TemplateValue.nothing }
        return entries.enumerated().map {
            TemplateValue(EntryContext(entry: $1, number: Numeral($0 + 1), outline: "\(outline).\($0 + 1)",
                                       count: entries.count, isNumbered: numbered, locale: locale))
        }
    }
}
