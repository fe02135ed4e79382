import Mustache

/// What a context answers for a field it has but that is empty in this report (an entry without a title).
///
/// Answering nil would make Mustache look the name up in the enclosing contexts, so an item without a title would
/// show its parent entry's title. An explicit null stops that search: `{{title}}` renders nothing,
/// `{{#title}}` skips, `{{^title}}` renders.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

extension Optional {
    /// The value, or ``Absent`` so that a template lookup stops here.
    var orAbsent: Any { self.map { $0 as Any } ?? Absent() }
}
