/// The text of cmark's output as a reader sees it, for checking that escaped text comes back unchanged.
enum HTMLText {
    /// The text of each `<p>` element, with cmark's four entities decoded; nil for markup other than paragraphs.
    static func paragraphs(of html: String) -> [String]? {
        var paragraphs: [String] = []
        var rest = Substring(html)
        while !rest.isEmpty {
            guard rest.hasPrefix("<p>"), let end = rest.range(of: "</p>\n") else { return nil }
            let inner = rest[rest.index(rest.startIndex, offsetBy: 3)..<end.lowerBound]
            if inner.contains("<") { return nil }
            paragraphs.append(decode(inner))
            rest = rest[end.upperBound...]
        }
        return paragraphs
    }

    private static func decode(_ text: Substring) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
