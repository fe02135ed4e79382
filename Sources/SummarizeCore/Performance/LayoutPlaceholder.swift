/// The layout's context with a short placeholder standing for the report's body, so that the layout can be
/// rendered without copying the body through swift-mustache, and the body spliced in afterwards.
///
/// At 100,000 items the body is tens of megabytes: rendering it through the layout copies it into a string that
/// swift-mustache then grows to twice that size for the few lines that follow it. Splicing needs no copy but the
/// final one, into a string of the exact size.
///
/// Splicing gives the same document only where the layout writes the body out unchanged (`{{{content}}}`). So the
/// context counts how often the layout asks for `content`, and ``splice(_:into:)`` only splices when each request
/// left exactly one placeholder in the output; anything else (`{{content}}`, a transform, a section on `content`)
/// makes the caller render the layout with the real body instead.
final class LayoutPlaceholder: TemplateContext {
    /// Cannot come from the data (``PlainText`` drops control characters) nor, in practice, from a template. The
    /// angle brackets make an escaped `{{content}}` leave `&lt;…&gt;` instead, which is not counted as a placeholder.
    static let marker = "<\u{0}summarize:content\u{0}>"

    private let document: DocumentContext
    private(set) var contentRequests = 0

    init(report: ReportContext) {
        document = DocumentContext(report: report, content: Self.marker)
    }

    func child(named name: String) -> Any? {
        if name == "content" { contentRequests += 1 }
        return document.child(named: name)
    }

    /// The rendered layout with each placeholder replaced by `bodies` in order; nil when splicing would not give
    /// what rendering with the real body gives. When the body is needed only once, each of `bodies` is emptied as
    /// soon as it is copied, so that the body is not held twice until the end.
    func splice(_ bodies: inout [String], into layout: String) -> String? {
        let pieces = layout.split(separator: Self.marker, omittingEmptySubsequences: false)
        guard pieces.count - 1 == contentRequests else { return nil }
        let bodySize = bodies.reduce(0) { $0 + $1.utf8.count }
        var html = ""
        html.reserveCapacity(layout.utf8.count + contentRequests * bodySize)
        for (index, piece) in pieces.enumerated() {
            if index > 0 {
                for bodyIndex in bodies.indices {
                    html += bodies[bodyIndex]
                    if contentRequests == 1 { bodies[bodyIndex] = "" }
                }
            }
            html += piece
        }
        return html
    }

    /// The layout before and after the body, when the layout writes the body out once and unchanged, so that the
    /// body can be written between them piece by piece; nil otherwise.
    func surroundings(in layout: String) -> (before: Substring, after: Substring)? {
        let pieces = layout.split(separator: Self.marker, omittingEmptySubsequences: false)
        guard pieces.count == 2, contentRequests == 1 else { return nil }
        return (pieces[0], pieces[1])
    }
}
