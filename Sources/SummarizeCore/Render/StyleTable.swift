import Foundation

/// The house style as inline declarations: for each kind of element, the `style="…"` it carries in the report.
///
/// Read from `Templates/<locale>/styles.css`, which looks like CSS but is a table: every selector is flat, either an
/// element (`h2`, `p`, `td`) or an element with a class (`td.value`, `table.report`), and names exactly the elements
/// that get those declarations inline. There is no cascade between selectors (`td.value` does not inherit from `td`;
/// list both, `td, td.value { … }`, to share declarations); rules for the same selector add up in order, a later
/// declaration of a property replacing the earlier one. Media queries and `@page` cannot be inline and belong in the
/// `<style>` of `document.html`.
///
/// Why inline: several mail clients drop `<style>` (Gmail for non-Google accounts, Gmail mobile web) and pasting
/// into a compose window keeps only inline styles, so every style that matters must sit on the element itself.
public struct StyleTable: Hashable, Sendable {
    /// The file every locale's templates folder holds.
    public static let fileName = "styles.css"

    /// Selector → its declarations as they go into `style="…"`: `font-size:16px;text-indent:2em`.
    public let declarations: [String: String]

    /// A table from ready declarations (empty: every element bare); ``load(from:)`` reads the file.
    public init(declarations: [String: String] = [:]) {
        self.declarations = declarations
    }

    /// The inline declarations for a selector, or nil when the house style gives it none.
    public subscript(selector: String) -> String? { declarations[selector] }

    /// The value of one property for a selector, e.g. `text-indent` of `p` → `2em`.
    public func value(of property: String, for selector: String) -> String? {
        guard let declarations = declarations[selector] else { return nil }
        for declaration in declarations.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0] == property { return String(parts[1]) }
        }
        return nil
    }

    /// Reads `styles.css` from a templates folder; every problem is reported at its line and column.
    public static func load(from directory: URL) throws(DiagnosticError) -> StyleTable {
        let url = directory.appendingPathComponent(fileName)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw DiagnosticError(Diagnostic(
                file: url.relativePath, exists ? "cannot read the style table as UTF-8 text" : "the style table is missing",
                hint: exists ? "save it as UTF-8" : "copy \(fileName) from another locale's folder; it holds the inline styles of the report"))
        }
        return try parse(text, file: url.relativePath)
    }

    /// Parses the text of a style table.
    public static func parse(_ text: String, file: String) throws(DiagnosticError) -> StyleTable {
        var parser = StyleTableParser(text: text, file: file)
        let table = parser.parse()
        guard parser.diagnostics.isEmpty else { throw DiagnosticError(parser.diagnostics) }
        return table
    }
}

/// The scanner behind ``StyleTable/parse(_:file:)``: comments, `selectors { property: value; … }`, nothing else.
///
/// It reads UTF-8 bytes, because the table is loaded on every run and most of it is ASCII: columns still count
/// Unicode scalars, as in every other message, by not counting UTF-8 continuation bytes.
private struct StyleTableParser {
    let file: String
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1, column = 1
    private(set) var diagnostics: [Diagnostic] = []

    init(text: String, file: String) {
        self.file = file
        self.bytes = Array(text.utf8)
    }

    mutating func parse() -> StyleTable {
        var rules = DeclarationLists()
        while true {
            skipSpaceAndComments()
            guard let byte = peek else { break }
            let start = location
            if byte == UInt8(ascii: "@") {
                report(at: start, "'@' rules cannot be inline",
                       hint: "put @media and @page rules in the <style> of document.html.mustache")
                skipAtRule()
                continue
            }
            let selectorText = take(until: [UInt8(ascii: "{")])
            guard peek == UInt8(ascii: "{") else {
                report(at: start, "a rule needs '{' after its selectors", hint: "write it as  p { text-indent: 2em; }")
                break
            }
            advance()
            var valid: [String] = []
            for selector in selectorText.split(separator: ",").map(Self.trimmed) {
                if Self.isFlatSelector(selector) {
                    valid.append(String(selector))
                } else {
                    report(at: start, "'\(selector)' is not a flat selector",
                           hint: "name an element (p, h2, td) or an element with a class (td.value); inline styles cannot follow descendant or state selectors")
                }
            }
            let declarations = declarations()
            for selector in valid { rules.add(declarations, to: selector) }
        }
        return StyleTable(declarations: rules.inlineStyles)
    }

    /// The declarations up to the closing brace, each checked.
    private mutating func declarations() -> [(property: String, value: String)] {
        var result: [(property: String, value: String)] = []
        while true {
            skipSpaceAndComments()
            guard let byte = peek else {
                report(at: location, "the rule is not closed", hint: "end it with '}'")
                return result
            }
            if byte == UInt8(ascii: "}") { advance(); return result }
            if byte == UInt8(ascii: ";") { advance(); continue }
            let start = location
            let text = Self.trimmed(take(until: [UInt8(ascii: ";"), UInt8(ascii: "}")])[...])
            let parts = text.split(separator: ":", maxSplits: 1).map(Self.trimmed)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
                  parts[0].utf8.allSatisfy({ $0 == UInt8(ascii: "-") || (0x61...0x7A).contains($0 | 0x20) }) else {
                report(at: start, "'\(text)' is not a declaration", hint: "write  property: value;  e.g.  font-size: 16px;")
                continue
            }
            let property = parts[0].lowercased()
            let value = Self.attributeValue(parts[1])
            if let problem = Self.problem(with: value) {
                report(at: start, "\(property): \(problem.message)", hint: problem.hint)
                continue
            }
            result.append((property, value))
        }
    }

    /// A value as it goes into `style="…"`: double quotes become single (the attribute is double-quoted), runs of
    /// white space become one space, and none is kept after a comma.
    private static func attributeValue(_ value: Substring) -> String {
        var result = String.UnicodeScalarView()
        var spacePending = false
        for scalar in value.unicodeScalars {
            if Self.isWhitespace(scalar) {
                spacePending = true
                continue
            }
            if spacePending && result.last != "," { result.append(" ") }
            spacePending = false
            result.append(scalar == "\"" ? "'" : scalar)
        }
        return String(result)
    }

    /// What mail clients or the `style` attribute cannot take in a value.
    private static func problem(with value: String) -> (message: String, hint: String)? {
        let lowered = value.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }  // ASCII letters only
        let contains = { (word: StaticString) -> Bool in
            let word = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            guard word.count <= lowered.count else { return false }
            return (0...lowered.count - word.count).contains { lowered[$0..<$0 + word.count].elementsEqual(word) }
        }
        if contains("!important") {
            return ("'!important' has no use in an inline style",
                    "only @media overrides in document.html need !important; remove it here")
        }
        if contains("var(") || contains("calc(") {
            return ("var() and calc() are dropped by Gmail", "write the computed value, e.g. 16px")
        }
        if contains("url(") {
            return ("url() would load something from outside the report", "reports are self-contained; remove it")
        }
        if lowered.contains(where: { "<>&{}\\".utf8.contains($0) }) {
            return ("the characters < > & { } \\ cannot appear in a value", "remove them")
        }
        return nil
    }

    static func isFlatSelector(_ selector: Substring) -> Bool {
        let parts = selector.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        let isLetter = { (byte: UInt8) in (0x61...0x7A).contains(byte | 0x20) }
        return parts.allSatisfy { part in
            guard let first = part.first, isLetter(first) else { return false }
            return part.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
        }
    }

    /// A piece of text without the white space around it (any Unicode white space, such as a full-width space).
    private static func trimmed(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !isWhitespace($0) }) else { return "" }
        return Substring(scalars[first...last])
    }

    /// Unicode white space, answered without the property tables for ASCII, which is nearly all of the file.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    // MARK: Scanning

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
    private var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private mutating func advance() {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0b1100_0000 != 0b1000_0000 {  // not a continuation byte: a new scalar starts
            column += 1
        }
        index += 1
    }

    /// The scalar that starts at the current byte, decoded only when the byte is not ASCII.
    private var peekScalar: Unicode.Scalar? {
        guard let byte = peek else { return nil }
        if byte < 0x80 { return Unicode.Scalar(byte) }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case let .scalarValue(scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    private mutating func advanceScalar() {
        repeat { advance() } while index < bytes.count && bytes[index] & 0b1100_0000 == 0b1000_0000
    }

    private mutating func skipSpaceAndComments() {
        while let scalar = peekScalar {
            if Self.isWhitespace(scalar) || scalar == "\u{FEFF}" {  // a byte-order mark some editors save
                advanceScalar()
            } else if scalar == "/", index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                let start = location
                advance(); advance()
                while index < bytes.count,
                      !(bytes[index] == UInt8(ascii: "*") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/")) {
                    advance()
                }
                if index >= bytes.count {
                    report(at: start, "the comment is not closed", hint: "end it with */")
                } else {
                    advance(); advance()
                }
            } else {
                return
            }
        }
    }

    /// The text up to (not including) the first of `stops`, all ASCII, or to the end.
    private mutating func take(until stops: [UInt8]) -> String {
        let start = index
        while let byte = peek, !stops.contains(byte) { advance() }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// Skips an at-rule: to its ';', or through its block with any nested blocks.
    private mutating func skipAtRule() {
        var depth = 0
        while let byte = peek {
            advance()
            if byte == UInt8(ascii: ";") && depth == 0 { return }
            if byte == UInt8(ascii: "{") { depth += 1 }
            if byte == UInt8(ascii: "}") {
                depth -= 1
                if depth <= 0 { return }
            }
        }
    }

    private mutating func report(at location: SourceLocation, _ message: String, hint: String) {
        diagnostics.append(Diagnostic(at: location, message, hint: hint))
    }
}

/// Each selector's declarations in the order they take effect, joined into `style="…"` text once at the end.
private struct DeclarationLists {
    private var lists: [String: [(property: String, value: String)]] = [:]

    /// Adds a rule's declarations to a selector; a property given again moves to the end with its new value, so a
    /// shorthand written after a longhand still wins, as in CSS.
    mutating func add(_ declarations: [(property: String, value: String)], to selector: String) {
        var list = lists[selector] ?? []
        for declaration in declarations {
            list.removeAll { $0.property == declaration.property }
            list.append(declaration)
        }
        lists[selector] = list
    }

    var inlineStyles: [String: String] {
        lists.mapValues { list in list.map { "\($0.property):\($0.value)" }.joined(separator: ";") }
    }
}
