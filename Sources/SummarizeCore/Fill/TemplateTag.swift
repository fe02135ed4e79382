/// One `{{…}}` tag of a template, with where it stands, for checking what the template asks of the data.
///
/// swift-mustache keeps its parsed tokens to itself, so ``scan(_:)`` reads the tags from the template text with the
/// same rules (`{{name}}`, `{{{name}}}`, `{{&name}}`, `{{#name}}`, `{{^name}}`, `{{/name}}`, `{{> partial}}`,
/// `{{! comment}}`, `{{% pragma}}`, inheritance `{{<parent}}` and `{{$block}}`). Delimiter changes (`{{=<% %>=}}`)
/// are refused before parsing (``refusedBeforeParsing(_:file:)``): with the delimiters fixed, the scan and
/// swift-mustache can never read a template differently.
struct TemplateTag: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case variable, unescapedVariable, section, invertedSection, sectionEnd
        case partial, parent, block, comment, pragma, setDelimiters
        /// `{{` without its closing `}}`: the scan ends there.
        case unclosed
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
        let opening = Array("{{".unicodeScalars), closing = Array("}}".unicodeScalars)
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
            case "{":
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
            case "=": kind = .setDelimiters; contentStart += 1
            default: break
            }
            guard let end = find(terminator, from: contentStart) else {
                tags.append(TemplateTag(kind: .unclosed, name: "", line: line, column: column))
                return tags
            }
            let content = String(String.UnicodeScalarView(scalars[contentStart..<end])).trimmingSpaces
            tags.append(TemplateTag(kind: kind, name: content, line: line, column: column))
            advanceLines(to: end + terminator.count)
        }
        return tags
    }
}

extension TemplateTag {
    /// Deeper than any house style needs: the default templates nest sections four deep.
    static let maximumNesting = 32
    /// More tags than any house style needs (the largest default template has about 40); swift-mustache's parse time
    /// grows faster than the number of tags.
    static let maximumTags = 5_000

    /// What must be refused before swift-mustache parses a template: changed delimiters, which would let the
    /// template check read the template differently from the renderer, and templates so deeply nested or so full
    /// of tags that parsing them would exhaust the stack or take minutes.
    static func refusedBeforeParsing(_ text: String, file: String) -> [Diagnostic] {
        let tags = scan(text)
        if tags.count > maximumTags {
            return [Diagnostic(file: file, "the template has \(tags.count.formatted) tags, more than the \(maximumTags.formatted) a template may have",
                               hint: "a template holds wording and layout; move repeated parts into a partial ({{> name}})")]
        }
        var depth = 0
        for tag in tags {
            let location = SourceLocation(file: file, line: tag.line, column: tag.column)
            switch tag.kind {
            case .setDelimiters:
                return [Diagnostic(at: location, "templates cannot change their delimiters ({{=…=}})",
                                   hint: "keep {{ and }}; to write {{ as text, put it in the data or a comment")]
            case .unclosed:
                return [Diagnostic(at: location, "this tag is never closed",
                                   hint: "end it with }} (or }}} after {{{), on the same line")]
            case .section, .invertedSection, .parent, .block:
                depth += 1
                if depth > maximumNesting {
                    return [Diagnostic(at: location, "sections are nested more than \(maximumNesting) deep here",
                                       hint: "look for a {{#name}} without its {{/name}}")]
                }
            case .sectionEnd:
                depth -= 1
            default:
                break
            }
        }
        return []
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
