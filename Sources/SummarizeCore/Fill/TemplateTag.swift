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
    /// Where the tag stands in the template's UTF-8 bytes, from its `{{` to after its `}}`.
    var bytes: Range<Int>

    /// The name that is looked up, without transforms: `uppercased(title)` looks up `title`.
    var lookupName: String {
        guard let open = name.lastIndex(of: "("), let close = name.firstIndex(of: ")"), open < close else { return name }
        return String(name[name.index(after: open)..<close]).trimmingSpaces
    }

    /// True when the name applies transforms (`first()`, `uppercased(title)`).
    var hasTransforms: Bool { name.contains("(") }

    /// Every tag of a template, in order. Columns count Unicode scalars from 1. One pass over the UTF-8 bytes: every
    /// delimiter and tag character is ASCII, so the bytes between them are skipped whole.
    static func scan(_ text: String) -> [TemplateTag] {
        var text = text
        return text.withUTF8 { bytes in
            var tags: [TemplateTag] = []
            var index = 0, line = 1, lineStart = 0
            let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")

            /// The first `{{` (or `}}`, or `}}}`) at or after `position`.
            func find(_ delimiter: UInt8, count: Int, from position: Int) -> Int? {
                var position = position
                while position + count <= bytes.count {
                    if bytes[position] == delimiter, (1..<count).allSatisfy({ bytes[position + $0] == delimiter }) {
                        return position
                    }
                    position += 1
                }
                return nil
            }
            // The column counted so far on this line, up to `counted`: tags come in order, so each byte of a
            // line is counted once however many tags the line holds.
            var counted = 0, countedColumn = 1
            func column(of position: Int) -> Int {
                if counted < lineStart { counted = lineStart; countedColumn = 1 }
                // Scalars, not bytes: continuation bytes (10xxxxxx) do not start a scalar.
                for byte in bytes[counted..<position] where byte & 0xC0 != 0x80 { countedColumn += 1 }
                counted = position
                return countedColumn
            }
            func advanceLines(to position: Int) {
                while index < position {
                    if bytes[index] == UInt8(ascii: "\n") { line += 1; lineStart = index + 1 }
                    index += 1
                }
            }

            while let start = find(open, count: 2, from: index) {
                advanceLines(to: start)
                let tagColumn = column(of: start)
                var contentStart = start + 2
                var kind = Kind.variable
                var closingCount = 2
                switch contentStart < bytes.count ? bytes[contentStart] : UInt8(ascii: " ") {
                case UInt8(ascii: "{"): kind = .unescapedVariable; closingCount = 3
                case UInt8(ascii: "&"): kind = .unescapedVariable
                case UInt8(ascii: "#"): kind = .section
                case UInt8(ascii: "^"): kind = .invertedSection
                case UInt8(ascii: "/"): kind = .sectionEnd
                case UInt8(ascii: ">"): kind = .partial
                case UInt8(ascii: "<"): kind = .parent
                case UInt8(ascii: "$"): kind = .block
                case UInt8(ascii: "!"): kind = .comment
                case UInt8(ascii: "%"): kind = .pragma
                case UInt8(ascii: "="): kind = .setDelimiters
                default: contentStart -= 1
                }
                contentStart += 1
                guard let end = find(close, count: closingCount, from: contentStart) else {
                    tags.append(TemplateTag(kind: .unclosed, name: "", line: line, column: tagColumn, bytes: start..<bytes.count))
                    return tags
                }
                let content = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<end]), as: UTF8.self)
                tags.append(TemplateTag(kind: kind, name: content.trimmingSpaces, line: line, column: tagColumn,
                                        bytes: start..<end + closingCount))
                advanceLines(to: end + closingCount)
            }
            return tags
        }
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
    static func refusedBeforeParsing(_ tags: [TemplateTag], file: String) -> [Diagnostic] {
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
