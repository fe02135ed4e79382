/// An entry, item or sub-item as the templates see it. `number` is its place among its siblings; `outline` is the
/// dotted path from the section down (`2.1.3`), for house styles that number that way.
struct EntryContext: TemplateContext {
    let entry: Entry
    let number: Numeral
    let outline: String

    func child(named name: String) -> Any? {
        switch name {
        case "number": TemplateValue(number)
        case "outline": TemplateValue(outline)
        case "title": entry.title.templateValue
        case "text": entry.text.templateValue
        case "department": entry.department.templateValue
        case "items":
            entry.items.isEmpty ? TemplateValue.nothing : entry.items.enumerated().map {
                TemplateValue(EntryContext(entry: $1, number: Numeral($0 + 1), outline: "\(outline).\($0 + 1)"))
            }
        default: nil
        }
    }

    static let fieldNames: Set<String> = ["number", "outline", "title", "text", "department", "items"]
}
