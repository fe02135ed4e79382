import Mustache

/// A text field as templates see it (`{{title}}`, `{{number.hanzi}}`, `{{{content}}}`): renders and tests exactly
/// like the `String` it holds, but costs swift-mustache far less to handle.
///
/// Given a plain `String`, swift-mustache renders `{{title}}` through `String(describing:)` after four failed
/// dynamic casts, and inside `{{#title}}…{{/title}}` it looks every name up in the string with `Mirror` before
/// climbing to the entry. This type is found by the first cast that applies (``MustacheCustomRenderable``) and,
/// being a ``MustacheParent`` with no children, sends lookups straight on up the context stack, which is where they
/// end for a `String` too. Transforms (`{{uppercased(title)}}`) are those of `String`.
struct TemplateText: MustacheParent, MustacheCustomRenderable, MustacheTransformable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }

    /// A string is never null to swift-mustache, even when empty; neither is this.
    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { text.transform(name) }
}

extension Optional where Wrapped == String {
    /// The text for a template, or ``Absent`` so that a template lookup stops here.
    var templateTextOrAbsent: Any { map(TemplateText.init) ?? Absent() }
}
