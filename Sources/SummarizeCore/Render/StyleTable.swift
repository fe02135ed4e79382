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
struct StyleTable: Hashable, Sendable {
    /// The file every locale's templates folder holds.
    static let fileName = "styles.css"

    /// Selector → its declarations as they go into `style="…"`: `font-size:16px;text-indent:2em`.
    let declarations: [String: String]

    /// A table from ready declarations (empty: every element bare); ``load(from:)`` reads the file.
    init(declarations: [String: String] = [:]) {
        self.declarations = declarations
    }

    /// The inline declarations for a selector, or nil when the house style gives it none.
    subscript(selector: String) -> String? { declarations[selector] }

    /// The value of one property for a selector, e.g. `text-indent` of `p` → `2em`.
    func value(of property: String, for selector: String) -> String? {
        guard let declarations = declarations[selector] else { return nil }
        for declaration in declarations.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0] == property { return String(parts[1]) }
        }
        return nil
    }

    /// Reads `styles.css` from a templates folder; every problem is reported at its line and column.
    static func load(from directory: URL) throws(DiagnosticError) -> StyleTable {
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
    static func parse(_ text: String, file: String) throws(DiagnosticError) -> StyleTable {
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
            let raw = take(until: [UInt8(ascii: ";"), UInt8(ascii: "}")])
            let text = Self.trimmed(raw[...])
            let parts = text.split(separator: ":", maxSplits: 1).map(Self.trimmed)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
                  parts[0].utf8.allSatisfy({ $0 == UInt8(ascii: "-") || (0x61...0x7A).contains($0 | 0x20) }) else {
                report(at: start, "'\(text)' is not a declaration", hint: "write  property: value;  e.g.  font-size: 16pt;")
                continue
            }
            let property = parts[0].lowercased()
            // The value's own place in the file, so that a refusal points at the word that is wrong.
            let colon = raw.firstIndex(of: ":")!
            let valueStart = start.advanced(over: raw[..<raw.index(after: colon)])
            if let problem = StyleValue.problem(in: raw[raw.index(after: colon)...], property: property) {
                report(at: valueStart.advanced(over: raw[raw.index(after: colon)...].unicodeScalars.prefix(problem.offset)),
                       "\(property): \(problem.message)", hint: problem.hint)
                continue
            }
            result.append((property, Self.attributeValue(parts[1])))
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

// MARK: Values

/// What a value in the style table may hold, by allow-list: numbers (with a known unit, in a sane range), colours
/// (`#rgb`, `#rrggbb`, a colour name), CSS keywords from a known set, font names (quoted or bare, in font
/// properties only), commas and slashes between them. Nothing else: no function of any kind (`url()`,
/// `image-set()`, `-webkit-image-set()`, `image()`, `src()`, `expression()`, `var()`, `calc()` …), because mail
/// clients drop them and several load something from outside the report (a tracking pixel in every element);
/// no escapes, comments or characters that could end the `style="…"` attribute.
enum StyleValue {
    /// The first thing wrong in a value, `offset` Unicode scalars from its start (the text after the colon).
    struct Problem {
        var offset: Int
        var message: String
        var hint: String
    }

    static func problem(in value: Substring, property: String) -> Problem? {
        let scalars = Array(value.unicodeScalars)
        let takesFontNames = property == "font" || property.hasSuffix("font-family") || property == "mso-font-alt"
        var index = 0
        func problem(_ message: String, _ hint: String) -> Problem { Problem(offset: index, message: message, hint: hint) }
        // First what could end the attribute or hide a word from the checks below: < > & { } \ and comments.
        for (offset, scalar) in scalars.enumerated() {
            index = offset
            if "<>&{}\\".unicodeScalars.contains(scalar) {
                return problem("the characters < > & { } \\ cannot appear in a value", "remove them")
            }
            if scalar == "/" && offset + 1 < scalars.count && scalars[offset + 1] == "*" {
                return problem("a comment cannot be inside a value", "put comments between rules or declarations")
            }
        }
        index = 0
        func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? isASCIILetter(scalar) || isDigit(scalar) || scalar == "-" || scalar == "_"
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace {
                index += 1
            } else if scalar == "," || scalar == "/" {
                index += 1
            } else if scalar == "!" {
                let word = String(String.UnicodeScalarView(scalars[(index + 1)...].drop { $0 == " " }.prefix { isNameScalar($0) })).lowercased()
                return word == "important"
                    ? problem("'!important' has no use in an inline style", "only @media overrides in document.html need !important; remove it here")
                    : problem("'!' cannot appear in a value", "remove it")
            } else if scalar == "#" {
                let digits = scalars[(index + 1)...].prefix { isNameScalar($0) }
                guard [3, 6].contains(digits.count), digits.allSatisfy(isHexDigit) else {
                    return problem("'#\(String(String.UnicodeScalarView(digits)))' is not a colour", "write a colour as #rgb or #rrggbb, e.g. #111111, or by name, e.g. black")
                }
                index += 1 + digits.count
            } else if scalar == "\"" || scalar == "'" {
                guard takesFontNames else {
                    return problem("a quoted text is not a value of \(property)", "quote only font names, in font-family")
                }
                var end = index + 1
                while end < scalars.count, scalars[end] != scalar {
                    let inside = scalars[end]
                    if inside == "\"" || inside == "'" || inside == "\\" || inside.properties.generalCategory == .control {
                        index = end
                        return problem("a font name cannot hold quotes, backslashes or control characters", "write the name as the font calls itself, e.g. \"Noto Serif CJK TC\"")
                    }
                    end += 1
                }
                guard end < scalars.count else {
                    return problem("the quoted font name is not closed", "end it with \(scalar)")
                }
                index = end + 1
            } else if isDigit(scalar) || scalar == "." || ((scalar == "-" || scalar == "+") && next.map { isDigit($0) || $0 == "." } == true) {
                var end = index + 1
                while end < scalars.count, isNameScalar(scalars[end]) || scalars[end] == "." || scalars[end] == "%" { end += 1 }
                let token = String(String.UnicodeScalarView(scalars[index..<end]))
                guard let length = StyleLength(token) else {
                    return problem("'\(token)' is not a number with a known unit",
                                   "write a plain decimal number, then px, pt, pc, mm, cm, in, em, rem, ex, ch or %, or no unit (line-height: 1.8; font-weight: 700)")
                }
                guard let range = length.unit.saneRange, range.contains(length.value) else {
                    let range = length.unit.saneRange.map { "\(Self.decimal($0.lowerBound))\(length.unit.rawValue) to \(Self.decimal($0.upperBound))\(length.unit.rawValue)" } ?? ""
                    return problem("'\(token)' is out of range", "a value in \(length.unit == .none ? "plain numbers" : length.unit.rawValue) lies between \(range); a report's sizes are a few points or ems")
                }
                index = end
            } else if isNameScalar(scalar) && !isDigit(scalar) {
                var end = index + 1
                while end < scalars.count, isNameScalar(scalars[end]) { end += 1 }
                let name = String(String.UnicodeScalarView(scalars[index..<end]))
                if end < scalars.count, scalars[end] == "(" {
                    switch name.lowercased() {
                    case "var", "calc":
                        return problem("var() and calc() are dropped by Gmail", "write the computed value, e.g. 16pt")
                    case "url":
                        return problem("url() would load something from outside the report", "reports are self-contained; remove it")
                    default:
                        return problem("'\(name)()' is a function, and the style table takes none",
                                       "mail clients drop functions, and some (url(), image-set(), image()) load images from outside the report; write the value itself, e.g. #1a4d8f for rgb(26, 77, 143)")
                    }
                }
                if !takesFontNames && !keywords.contains(name.lowercased()) && !colourNames.contains(name.lowercased()) {
                    return problem("'\(name)' is not a value the style table knows",
                                   "write a CSS keyword (bold, center, none, solid …), a colour (#1a4d8f, black), a length (16pt, 2em), or a font name in font-family")
                }
                index = end
            } else {
                return problem("'\(Character(scalar))' cannot appear in a value",
                               "a value holds numbers, colours, keywords and font names, separated by spaces, commas or /")
            }
        }
        return nil
    }

    private static func decimal(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
    static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || ("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)
    }

    /// The keywords a value may use outside font properties: CSS-wide ones and those of the properties a
    /// report's house style needs (text, fonts, boxes, borders, tables, breaks, Word's mso- properties).
    static let keywords: Set<String> = [
        "inherit", "initial", "unset", "revert", "auto", "none", "normal",
        // fonts and text
        "bold", "bolder", "lighter", "italic", "oblique", "small-caps", "serif", "sans-serif", "monospace",
        "left", "right", "center", "justify", "start", "end", "match-parent", "inter-ideograph", "inter-word", "distribute",
        "underline", "overline", "line-through", "uppercase", "lowercase", "capitalize", "full-width",
        "nowrap", "pre", "pre-wrap", "pre-line", "break-spaces", "wrap", "balance", "pretty", "stable",
        "anywhere", "break-word", "break-all", "keep-all", "strict", "loose", "manual", "space-all", "space-first", "trim-start",
        "ltr", "rtl", "horizontal-tb", "mixed", "upright",
        "xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large", "larger", "smaller", "thin", "thick",
        // boxes, borders, tables
        "top", "middle", "bottom", "baseline", "sub", "super", "text-top", "text-bottom",
        "solid", "dashed", "dotted", "double", "groove", "ridge", "inset", "outset", "hidden",
        "collapse", "separate", "fixed", "show", "hide", "block", "inline", "inline-block", "table", "table-cell", "table-row",
        "list-item", "visible", "scroll", "clip", "border-box", "content-box", "static", "relative",
        "disc", "circle", "square", "decimal", "outside", "inside",
        // breaks
        "avoid", "always", "page", "column", "avoid-page",
        // Word's own properties, which a paste into Word keeps (mso-line-height-rule: exactly)
        "exactly", "at-least",
        // colours that are not names of one
        "transparent", "currentcolor",
    ]

    /// The colour names of CSS Color 4.
    static let colourNames: Set<String> = [
        "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black", "blanchedalmond", "blue",
        "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse", "chocolate", "coral", "cornflowerblue", "cornsilk",
        "crimson", "cyan", "darkblue", "darkcyan", "darkgoldenrod", "darkgray", "darkgreen", "darkgrey", "darkkhaki",
        "darkmagenta", "darkolivegreen", "darkorange", "darkorchid", "darkred", "darksalmon", "darkseagreen",
        "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise", "darkviolet", "deeppink", "deepskyblue",
        "dimgray", "dimgrey", "dodgerblue", "firebrick", "floralwhite", "forestgreen", "fuchsia", "gainsboro",
        "ghostwhite", "gold", "goldenrod", "gray", "green", "greenyellow", "grey", "honeydew", "hotpink", "indianred",
        "indigo", "ivory", "khaki", "lavender", "lavenderblush", "lawngreen", "lemonchiffon", "lightblue", "lightcoral",
        "lightcyan", "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey", "lightpink", "lightsalmon",
        "lightseagreen", "lightskyblue", "lightslategray", "lightslategrey", "lightsteelblue", "lightyellow", "lime",
        "limegreen", "linen", "magenta", "maroon", "mediumaquamarine", "mediumblue", "mediumorchid", "mediumpurple",
        "mediumseagreen", "mediumslateblue", "mediumspringgreen", "mediumturquoise", "mediumvioletred", "midnightblue",
        "mintcream", "mistyrose", "moccasin", "navajowhite", "navy", "oldlace", "olive", "olivedrab", "orange",
        "orangered", "orchid", "palegoldenrod", "palegreen", "paleturquoise", "palevioletred", "papayawhip",
        "peachpuff", "peru", "pink", "plum", "powderblue", "purple", "rebeccapurple", "red", "rosybrown", "royalblue",
        "saddlebrown", "salmon", "sandybrown", "seagreen", "seashell", "sienna", "silver", "skyblue", "slateblue",
        "slategray", "slategrey", "snow", "springgreen", "steelblue", "tan", "teal", "thistle", "tomato", "turquoise",
        "violet", "wheat", "white", "whitesmoke", "yellow", "yellowgreen",
    ]
}

/// A number of the style table with its unit, `2em` or `28.95pt` or `1.8`: a plain decimal, without an exponent.
/// A very long one reads as infinity, which no ``Unit/saneRange`` holds.
struct StyleLength: Hashable, Sendable {
    enum Unit: String, Sendable, CaseIterable {
        case px, pt, pc, mm, cm, `in`, q, em, rem, ex, ch, percent = "%", none = ""

        /// The values a report can sensibly use: ±2000 px (about two A4 pages) in absolute units, ±100 em, ±1000 %
        /// and ±1000 without a unit (font-weight 900, line-height 1.8).
        var saneRange: ClosedRange<Double>? {
            let limit: Double = switch self {
            case .px: 2000
            case .pt: 1500
            case .pc: 125
            case .in: 20
            case .cm: 50
            case .mm: 500
            case .q: 2000
            case .em, .rem, .ex, .ch: 100
            case .percent, .none: 1000
            }
            return -limit...limit
        }
    }

    var value: Double
    var unit: Unit

    init(value: Double, unit: Unit) {
        self.value = value
        self.unit = unit
    }

    /// Parses `2em`, `-0.22pt`, `.5em`, `100%`, `1.8`; nil for anything else (`1e300em`, `nanem`, a unit it does not know).
    init?(_ text: some StringProtocol) {
        var rest = Substring(text)
        var sign = 1.0
        if let first = rest.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            rest = rest.dropFirst()
        }
        let whole = rest.prefix { $0.isASCII && $0.isNumber }
        rest = rest.dropFirst(whole.count)
        var fraction: Substring = ""
        if rest.first == "." {
            rest = rest.dropFirst()
            fraction = rest.prefix { $0.isASCII && $0.isNumber }
            guard !fraction.isEmpty else { return nil }
            rest = rest.dropFirst(fraction.count)
        }
        guard !(whole.isEmpty && fraction.isEmpty), let unit = Unit(rawValue: rest.lowercased()),
              let number = Double((whole.isEmpty ? "0" : whole) + "." + (fraction.isEmpty ? "0" : fraction))
        else { return nil }
        self.init(value: sign * number, unit: unit)
    }

    /// The length in points, for the absolute units; nil for em, %, no unit and the others relative to a font.
    var points: Double? {
        switch unit {
        case .px: value * 0.75
        case .pt: value
        case .pc: value * 12
        case .in: value * 72
        case .cm: value * 72 / 2.54
        case .mm: value * 72 / 25.4
        case .q: value * 72 / 101.6
        case .em, .rem, .ex, .ch, .percent, .none: nil
        }
    }

    /// The length in ems of a font of `fontSize`, for the plain text's indents: nil for % and numbers without a
    /// unit. A font size that is not an absolute length counts as 12 pt (16 px), the browsers' default.
    func ems(fontSize: StyleLength?) -> Double? {
        switch unit {
        case .em, .rem: return value
        case .ex, .ch: return value / 2
        case .percent, .none: return nil
        default:
            let size = fontSize?.points.flatMap { $0 > 0 ? $0 : nil } ?? 12
            return points.map { $0 / size }
        }
    }
}

extension StyleTable {
    /// The value of one property for a selector as a number with its unit (`text-indent` of `p` → 32 pt), or nil
    /// when it is not a single number the table would have accepted.
    func length(of property: String, for selector: String) -> StyleLength? {
        value(of: property, for: selector).flatMap { StyleLength($0) }
    }
}

private extension SourceLocation {
    /// The location after `text`, which starts here.
    func advanced(over text: some Sequence<Unicode.Scalar>) -> SourceLocation {
        var result = self
        for scalar in text {
            if scalar == "\n" {
                result.line += 1
                result.column = 1
            } else {
                result.column += 1
            }
        }
        return result
    }

    func advanced(over text: Substring) -> SourceLocation { advanced(over: text.unicodeScalars) }
}
