import Mustache

/// What a template name stands for: a text (`{{title}}`), nothing (a field this report leaves empty), or a context
/// with names of its own (`{{#entries}}`, `{{number.hanzi}}`). Every value the templates reach is one of these, a
/// list of them, or a `Bool`.
///
/// One type rather than one per kind of context, because of how swift-mustache and the Swift runtime meet: for each
/// value it handles, swift-mustache asks whether the value conforms to six or seven protocols (`as? MustacheParent`
/// and so on), and the first time the runtime is asked about a type it scans every protocol conformance record of
/// every loaded library, Foundation's thousands included. With twenty context types that was about a tenth of a
/// one-report run (one type: 72.6 M → 68.3 M instructions), and the casts of the one type stay cheap at any size.
///
/// - A text renders and tests exactly like the `String` it holds (which swift-mustache would render through
///   `String(describing:)` after four failed casts, and look names up in with `Mirror`); being a parent without
///   children, it sends lookups inside `{{#title}}…{{/title}}` on up the context stack, as a `String` would.
///   Transforms (`{{uppercased(title)}}`) are those of `String`.
/// - Nothing is an explicit null: answering nil instead would make Mustache look the name up in the enclosing
///   contexts, so an item without a title would show its parent entry's title. `{{title}}` renders nothing,
///   `{{#title}}` skips, `{{^title}}` renders.
struct TemplateValue: MustacheParent, MustacheCustomRenderable, MustacheTransformable {
    /// At most two words, so that a value fits in an `Any` without a box of its own: Mustache passes every value
    /// around as `Any`.
    private enum Content {
        case text(String)
        case nothing
        case context(ContextBox)
    }

    private let content: Content

    init(_ text: String) {
        content = .text(text)
    }

    init(_ context: some TemplateContext) {
        content = .context(Boxed(context))
    }

    private init(_ content: Content) {
        self.content = content
    }

    /// An empty field; see the type's description.
    static var nothing: TemplateValue { TemplateValue(Content.nothing) }

    /// The context this value holds, if it is one.
    var context: (any TemplateContext)? {
        if case let .context(box) = content { box.context } else { nil }
    }

    func child(named name: String) -> Any? {
        if case let .context(box) = content { box.child(named: name) } else { nil }
    }

    var renderText: String {
        switch content {
        case let .text(text): text
        case .nothing: ""
        case let .context(box): box.renderText
        }
    }

    var isNull: Bool {
        switch content {
        case .text: false
        case .nothing: true
        case let .context(box): box.isNull
        }
    }

    func transform(_ name: String) -> Any? {
        if case let .text(text) = content { text.transform(name) } else { nil }
    }

    /// A context in one allocation: the subclass holds the concrete context inline, where an `any TemplateContext`
    /// would box a large context (an entry) a second time.
    private class ContextBox {
        var context: any TemplateContext { fatalError("a subclass answers") }
        func child(named name: String) -> Any? { fatalError("a subclass answers") }
        var renderText: String { fatalError("a subclass answers") }
        var isNull: Bool { fatalError("a subclass answers") }
    }

    private final class Boxed<Context: TemplateContext>: ContextBox {
        let value: Context

        init(_ value: Context) {
            self.value = value
        }

        override var context: any TemplateContext { value }
        override func child(named name: String) -> Any? { value.child(named: name) }
        override var renderText: String { value.renderText }
        override var isNull: Bool { value.isNull }
    }
}

extension Optional where Wrapped == String {
    /// The text for a template, or ``TemplateValue/nothing`` so that a template lookup stops here.
    var templateValue: TemplateValue { map(TemplateValue.init) ?? .nothing }
}
