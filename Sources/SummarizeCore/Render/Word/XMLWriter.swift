/// Builds one XML document as text, so that whatever a data value holds, it ends up as character data and never as
/// markup.
///
/// The contract:
/// - Element and attribute names come from the code (string literals); only values and text come from data.
/// - Text and attribute values are escaped completely: `& < > " '` always, and in attribute values also tab, line
///   feed and carriage return (which attribute-value normalization would otherwise turn into spaces); a carriage
///   return in text is written as `&#13;`, which a parser would otherwise turn into a line feed.
/// - Characters that XML 1.0 cannot hold at all (C0 controls other than tab, line feed and carriage return;
///   U+FFFE, U+FFFF) are dropped. Lone surrogates cannot occur in a Swift string.
/// - Nothing is pretty-printed: no whitespace is added anywhere after the declaration, so text elements such as
///   `w:t` hold exactly what was written.
struct XMLWriter {
    /// The document so far.
    private(set) var xml: String
    private var openElements: [String] = []

    /// The standalone UTF-8 declaration every Office part starts with, then a line feed (outside any element).
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    /// An empty document that starts with ``declaration``, or a fragment without one.
    init(declaration: Bool = true) {
        xml = declaration ? Self.declaration : ""
    }

    /// The finished document; every started element must have been ended.
    var document: String {
        precondition(openElements.isEmpty, "XML elements left open: \(openElements)")
        return xml
    }

    // MARK: Elements

    /// Opens `<name attributes…>`; ``end()`` closes it.
    mutating func start(_ name: String, _ attributes: [(String, String)] = []) {
        writeTag(name, attributes)
        xml += ">"
        openElements.append(name)
    }

    /// Closes the innermost element that is open.
    mutating func end() {
        let name = openElements.removeLast()
        xml += "</\(name)>"
    }

    /// Writes `<name attributes…/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        writeTag(name, attributes)
        xml += "/>"
    }

    /// Writes an element around whatever `content` writes.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], _ content: (inout XMLWriter) -> Void) {
        start(name, attributes)
        content(&self)
        end()
    }

    /// Writes an element holding only text (escaped); an empty text still gives a start and an end tag.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        start(name, attributes)
        characters(text)
        end()
    }

    /// Writes text as character data, escaped.
    mutating func characters(_ text: String) {
        xml += Self.escapedText(text)
    }

    /// Appends XML that was itself produced by an ``XMLWriter`` (a fragment written without declaration).
    mutating func fragment(_ written: XMLWriter) {
        xml += written.document
    }

    private mutating func writeTag(_ name: String, _ attributes: [(String, String)]) {
        assert(Self.isName(name), "not an XML name: \(name)")
        xml += "<" + name
        for (attribute, value) in attributes {
            assert(Self.isName(attribute), "not an XML name: \(attribute)")
            xml += " \(attribute)=\"\(Self.escapedAttribute(value))\""
        }
    }

    // MARK: Escaping

    /// Whether XML 1.0 can hold the scalar at all (its `Char` production).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Text for character data: every markup character escaped, a carriage return kept as a reference.
    static func escapedText(_ text: String) -> String {
        escaped(text, inAttribute: false)
    }

    /// Text for a double-quoted attribute value: as ``escapedText(_:)``, and tab and line feed as references too.
    static func escapedAttribute(_ text: String) -> String {
        escaped(text, inAttribute: true)
    }

    private static func escaped(_ text: String, inAttribute: Bool) -> String {
        // Most text needs no change; copying it whole keeps long paragraphs cheap.
        if text.unicodeScalars.allSatisfy({ scalar in
            scalar.value >= 0x20 && !"&<>\"'".unicodeScalars.contains(scalar) && (scalar.value < 0xFFFE || scalar.value > 0xFFFF)
        }) {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&apos;".unicodeScalars)
            case "\r": result.append(contentsOf: "&#13;".unicodeScalars)
            case "\n" where inAttribute: result.append(contentsOf: "&#10;".unicodeScalars)
            case "\t" where inAttribute: result.append(contentsOf: "&#9;".unicodeScalars)
            default: if isAllowed(scalar) { result.append(scalar) }
            }
        }
        return String(result)
    }

    /// A name as the code writes them: ASCII letters, digits, `_ - . :`, not starting with a digit, `-`, `.` or `:`.
    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-.:".unicodeScalars.contains(scalar))
        }
    }
}
