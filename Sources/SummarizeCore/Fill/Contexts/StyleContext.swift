/// `{{{style.th}}}` and `{{{style.td.value}}}` in an HTML template: the inline declarations the ``StyleTable``
/// gives that element, for its `style="…"` attribute. Use triple braces: the declarations are already safe in a
/// double-quoted attribute (the table refuses `<`, `>`, `&` and turns `"` into `'`), and double braces would
/// escape every `'` of a font name.
struct StyleContext: TemplateContext {
    let styles: StyleTable

    static let owner = "the style table"
    /// Every element name answers, so the table lists none.
    static let fields: [String: @Sendable (Self) -> Any] = [:]

    func child(named name: String) -> Any? {
        TemplateValue(Element(styles: styles, element: name))
    }

    /// One element: renders as its own declarations, and `.class` gives those of `element.class`.
    struct Element: TemplateContext {
        let styles: StyleTable
        let element: String

        static let owner = "the style table"
        static let fields: [String: @Sendable (Self) -> Any] = [:]

        func child(named name: String) -> Any? {
            styles["\(element).\(name)"].templateValue
        }

        var renderText: String { styles[element] ?? "" }
        var isNull: Bool { styles[element] == nil }
    }
}

/// Puts `style` beside the names a template's own context answers, so every template can reach the style table.
struct StyledContext: TemplateContext {
    let base: any TemplateContext
    let style: StyleContext

    static let owner = "the style table"
    static let fields: [String: @Sendable (Self) -> Any] = [
        "style": { TemplateValue($0.style) },
    ]

    var parent: (any TemplateContext)? { base }
}
