/// `{{{style.th}}}` and `{{{style.td.value}}}` in an HTML template: the inline declarations the ``StyleTable``
/// gives that element, for its `style="…"` attribute. Use triple braces: the declarations are already safe in a
/// double-quoted attribute (the table refuses `<`, `>`, `&` and turns `"` into `'`), and double braces would
/// escape every `'` of a font name.
struct StyleContext: TemplateContext {
    let styles: StyleTable

    func child(named name: String) -> Any? {
        TemplateValue(Element(styles: styles, element: name))
    }

    /// One element: renders as its own declarations, and `.class` gives those of `element.class`.
    struct Element: TemplateContext {
        let styles: StyleTable
        let element: String

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

    func child(named name: String) -> Any? {
        name == "style" ? TemplateValue(style) : base.child(named: name)
    }
}
