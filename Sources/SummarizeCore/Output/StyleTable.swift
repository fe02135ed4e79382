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
    public private(set) var declarations: [String: String]

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

    /// Adds one declaration to a selector; a property given again moves to the end with its new value, so a
    /// shorthand written after a longhand still wins, as in CSS.
    mutating func add(property: String, value: String, to selector: String) {
        var list = (declarations[selector] ?? "").split(separator: ";").map(String.init)
        list.removeAll { $0.hasPrefix(property + ":") }
        list.append("\(property):\(value)")
        declarations[selector] = list.joined(separator: ";")
    }
}

/// The scanner behind ``StyleTable/parse(_:file:)``: comments, `selectors { property: value; … }`, nothing else.
private struct StyleTableParser {
    let file: String
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1, column = 1
    private(set) var diagnostics: [Diagnostic] = []

    init(text: String, file: String) {
        self.file = file
        self.scalars = Array(text.unicodeScalars)
    }

    mutating func parse() -> StyleTable {
        var table = StyleTable()
        while true {
            skipSpaceAndComments()
            guard let scalar = peek else { break }
            let start = location
            if scalar == "@" {
                report(at: start, "'@' rules cannot be inline",
                       hint: "put @media and @page rules in the <style> of document.html.mustache")
                skipAtRule()
                continue
            }
            let selectorText = take(until: "{")
            guard peek == "{" else {
                report(at: start, "a rule needs '{' after its selectors", hint: "write it as  p { text-indent: 2em; }")
                break
            }
            advance()
            let selectors = selectorText.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            var valid: [String] = []
            for selector in selectors {
                if Self.isFlatSelector(selector) {
                    valid.append(selector)
                } else {
                    report(at: start, "'\(selector)' is not a flat selector",
                           hint: "name an element (p, h2, td) or an element with a class (td.value); inline styles cannot follow descendant or state selectors")
                }
            }
            for (property, value) in declarations() {
                for selector in valid { table.add(property: property, value: value, to: selector) }
            }
        }
        return table
    }

    /// The declarations up to the closing brace, each checked.
    private mutating func declarations() -> [(String, String)] {
        var result: [(String, String)] = []
        while true {
            skipSpaceAndComments()
            guard let scalar = peek else {
                report(at: location, "the rule is not closed", hint: "end it with '}'")
                return result
            }
            if scalar == "}" { advance(); return result }
            if scalar == ";" { advance(); continue }
            let start = location
            let text = take(untilAny: [";", "}"]).trimmingCharacters(in: .whitespacesAndNewlines)
            let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard parts.count == 2, !parts[1].isEmpty, parts[0].allSatisfy({ $0.isLetter && $0.isASCII || $0 == "-" }),
                  !parts[0].isEmpty else {
                report(at: start, "'\(text)' is not a declaration", hint: "write  property: value;  e.g.  font-size: 16px;")
                continue
            }
            let property = parts[0].lowercased()
            let value = parts[1].replacingOccurrences(of: "\"", with: "'")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ").replacingOccurrences(of: ", ", with: ",")
            if let problem = Self.problem(with: value) {
                report(at: start, "\(property): \(problem.message)", hint: problem.hint)
                continue
            }
            result.append((property, value))
        }
    }

    /// What mail clients or the `style` attribute cannot take in a value.
    private static func problem(with value: String) -> (message: String, hint: String)? {
        let lowered = value.lowercased()
        if lowered.contains("!important") {
            return ("'!important' has no use in an inline style",
                    "only @media overrides in document.html need !important; remove it here")
        }
        if lowered.contains("var(") || lowered.contains("calc(") {
            return ("var() and calc() are dropped by Gmail", "write the computed value, e.g. 16px")
        }
        if lowered.contains("url(") {
            return ("url() would load something from outside the report", "reports are self-contained; remove it")
        }
        if value.contains(where: { "<>&{}\\".contains($0) }) {
            return ("the characters < > & { } \\ cannot appear in a value", "remove them")
        }
        return nil
    }

    static func isFlatSelector(_ selector: String) -> Bool {
        let parts = selector.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { part in
            guard let first = part.first, first.isASCII, first.isLetter else { return false }
            return part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }

    // MARK: Scanning

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    private var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private mutating func advance() {
        if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        index += 1
    }

    private mutating func skipSpaceAndComments() {
        while let scalar = peek {
            if scalar.properties.isWhitespace || scalar == "\u{FEFF}" {  // a byte-order mark some editors save
                advance()
            } else if scalar == "/", index + 1 < scalars.count, scalars[index + 1] == "*" {
                let start = location
                advance(); advance()
                while peek != nil, !(peek == "*" && index + 1 < scalars.count && scalars[index + 1] == "/") { advance() }
                if peek == nil {
                    report(at: start, "the comment is not closed", hint: "end it with */")
                } else {
                    advance(); advance()
                }
            } else {
                return
            }
        }
    }

    private mutating func take(until stop: Unicode.Scalar) -> String {
        take(untilAny: [stop])
    }

    private mutating func take(untilAny stops: Set<Unicode.Scalar>) -> String {
        var result = String.UnicodeScalarView()
        while let scalar = peek, !stops.contains(scalar) {
            result.append(scalar)
            advance()
        }
        return String(result)
    }

    /// Skips an at-rule: to its ';', or through its block with any nested blocks.
    private mutating func skipAtRule() {
        var depth = 0
        while let scalar = peek {
            advance()
            if scalar == ";" && depth == 0 { return }
            if scalar == "{" { depth += 1 }
            if scalar == "}" {
                depth -= 1
                if depth <= 0 { return }
            }
        }
    }

    private mutating func report(at location: SourceLocation, _ message: String, hint: String) {
        diagnostics.append(Diagnostic(at: location, message, hint: hint))
    }
}
