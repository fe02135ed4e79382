/// One `{{…}}` tag of a template, with where it stands, for checking what the template asks of the data.
///
/// swift-mustache keeps its parsed tokens to itself, so ``scan(_:)`` reads the tags from the template text with the
/// same rules (`{{name}}`, `{{{name}}}`, `{{&name}}`, `{{#name}}`, `{{^name}}`, `{{/name}}`, `{{> partial}}`,
/// `{{! comment}}`, `{{=<% %>=}}`, `{{% pragma}}`, inheritance `{{<parent}}` and `{{$block}}`). It runs after the
/// template has parsed without error, so it need not explain malformed tags.
struct TemplateTag: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case variable, unescapedVariable, section, invertedSection, sectionEnd
        case partial, parent, block, comment, pragma
    }

    var kind: Kind
    /// The name as written, transforms included: `title`, `period.next.name`, `uppercased(title)`.
    var name: String
    var line: Int
    var column: Int

    /// The name that is looked up, without transforms: `uppercased(title)` looks up `title`.
    var lookupName: String {
        guard let open = name.lastIndex(of: "("), let close = name.firstIndex(of: ")"), open < close else { return name }
        return String(name[name.index(after: open)..<close]).trimmingSpaces
    }

    /// True when the name applies transforms (`first()`, `uppercased(title)`).
    var hasTransforms: Bool { name.contains("(") }

    /// Every tag of a template, in order. Columns count Unicode scalars from 1.
    static func scan(_ text: String) -> [TemplateTag] {
        let scalars = Array(text.unicodeScalars)
        var opening = Array("{{".unicodeScalars), closing = Array("}}".unicodeScalars)
        var tags: [TemplateTag] = []
        var index = 0, line = 1, lineStart = 0

        func matches(_ delimiter: [Unicode.Scalar], at position: Int) -> Bool {
            position + delimiter.count <= scalars.count && scalars[position..<position + delimiter.count].elementsEqual(delimiter)
        }
        func find(_ delimiter: [Unicode.Scalar], from position: Int) -> Int? {
            var position = position
            while position + delimiter.count <= scalars.count {
                if matches(delimiter, at: position) { return position }
                position += 1
            }
            return nil
        }
        func advanceLines(to position: Int) {
            while index < position {
                if scalars[index] == "\n" { line += 1; lineStart = index + 1 }
                index += 1
            }
        }

        while let start = find(opening, from: index) {
            advanceLines(to: start)
            let column = start - lineStart + 1
            var contentStart = start + opening.count
            var kind = Kind.variable
            var terminator = closing
            switch contentStart < scalars.count ? scalars[contentStart] : " " {
            case "{" where opening == Array("{{".unicodeScalars):
                kind = .unescapedVariable
                terminator = Array("}".unicodeScalars) + closing
                contentStart += 1
            case "&": kind = .unescapedVariable; contentStart += 1
            case "#": kind = .section; contentStart += 1
            case "^": kind = .invertedSection; contentStart += 1
            case "/": kind = .sectionEnd; contentStart += 1
            case ">": kind = .partial; contentStart += 1
            case "<": kind = .parent; contentStart += 1
            case "$": kind = .block; contentStart += 1
            case "!": kind = .comment; contentStart += 1
            case "%": kind = .pragma; contentStart += 1
            case "=":
                // {{=<% %>=}}: new delimiters, separated by spaces, until "=" and the current closing delimiter.
                guard let end = find(Array("=".unicodeScalars) + closing, from: contentStart + 1) else { return tags }
                let parts = String(String.UnicodeScalarView(scalars[(contentStart + 1)..<end])).split(separator: " ")
                let next = end + 1 + closing.count
                if parts.count == 2 {
                    opening = Array(parts[0].unicodeScalars)
                    closing = Array(parts[1].unicodeScalars)
                }
                advanceLines(to: next)
                continue
            default: break
            }
            guard let end = find(terminator, from: contentStart) else { return tags }
            let content = String(String.UnicodeScalarView(scalars[contentStart..<end])).trimmingSpaces
            tags.append(TemplateTag(kind: kind, name: content, line: line, column: column))
            advanceLines(to: end + terminator.count)
        }
        return tags
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
