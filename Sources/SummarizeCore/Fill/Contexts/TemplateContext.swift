/// A value with names of its own for templates to look up, such as an entry (`title`, `text`, `items`) or a
/// numeral (`arabic`, `hanzi`). Templates reach it wrapped in a ``TemplateValue``.
///
/// Each context lists its names once, in ``fields``: rendering looks them up there, and the template check reads
/// the same table to tell a template's misspelt name from a real one.
protocol TemplateContext: Sendable {
    /// Every name the context answers, with how to get its value: a ``TemplateValue``, a list of them or a `Bool`.
    static var fields: [String: @Sendable (Self) -> Any] { get }
    /// What the context is, for hints: "the entry".
    static var owner: String { get }
    /// Where a name this context does not have is looked up next, as a section looks in its report; nil when
    /// Mustache should go on to the enclosing contexts.
    var parent: (any TemplateContext)? { get }
    /// The value of a name; nil for a name the context does not have.
    func child(named name: String) -> Any?
    /// What `{{context}}` itself renders as; nothing by default.
    var renderText: String { get }
    /// True when `{{#context}}` should skip, as for an empty field.
    var isNull: Bool { get }
}

extension TemplateContext {
    var parent: (any TemplateContext)? { nil }
    var renderText: String { "" }
    var isNull: Bool { false }

    func child(named name: String) -> Any? {
        if let field = Self.fields[name] { return field(self) }
        return parent?.child(named: name)
    }

    /// The names of ``fields``, for the template check, which knows the context only as `any TemplateContext`.
    var fieldNames: Set<String> { Set(Self.fields.keys) }
    var owner: String { Self.owner }
}
