/// Reads the elements of an XML part from another application (a user's reference .docx), with namespaces
/// resolved, for finding a few elements and attributes in it; text content is skipped.
///
/// Enough of XML 1.0 for Office parts: tags with single- or double-quoted attributes, the five predefined entities
/// and character references in attribute values, comments, processing instructions and CDATA sections (skipped).
/// A document type declaration is refused (Office parts have none, and entity definitions are an attack), as is
/// anything malformed: ``XMLScanner/Malformed`` says at which byte.
struct XMLScanner {
    struct Name: Hashable, Sendable {
        /// The namespace URI; nil for an unprefixed attribute or an element outside any default namespace.
        var namespace: String?
        var localName: String
    }

    struct Element: Sendable {
        var name: Name
        /// The prefix as written (`w` of `w:styles`), "" for none.
        var prefix: String
        var attributes: [Name: String]
        var isEmpty: Bool
        /// Where the start tag is, in UTF-8 bytes.
        var range: Range<Int>
        /// The namespace declarations in force at this element, prefix → URI ("" for the default namespace).
        var namespaces: [String: String]

        func attribute(_ namespace: String?, _ localName: String) -> String? {
            attributes[Name(namespace: namespace, localName: localName)]
        }
    }

    enum Event: Sendable {
        case start(Element)
        /// An end tag (also sent after the start of an empty element), with the byte range of the end tag (empty
        /// for an empty element's).
        case end(Name, range: Range<Int>)
    }

    struct Malformed: Error, CustomStringConvertible {
        var offset: Int
        var reason: String
        var description: String { "\(reason) at byte \(offset)" }
    }

    private let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Calls `body` with each start and end of an element, in document order; checks that tags nest.
    func scan(_ body: (Event) throws(Malformed) -> Void) throws(Malformed) {
        var index = 0
        var scopes: [[String: String]] = [["xml": "http://www.w3.org/XML/1998/namespace"]]
        var open: [(raw: String, name: Name)] = []
        var sawRoot = false
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let start = index
            if hasPrefix("<?", at: index) {
                index = try skip(past: "?>", from: index)
            } else if hasPrefix("<!--", at: index) {
                index = try skip(past: "-->", from: index)
            } else if hasPrefix("<![CDATA[", at: index) {
                index = try skip(past: "]]>", from: index)
            } else if hasPrefix("<!", at: index) {
                throw Malformed(offset: index, reason: "a document type declaration or other markup Office parts do not have")
            } else if hasPrefix("</", at: index) {
                index += 2
                let raw = try readName(&index)
                skipSpace(&index)
                guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
                    throw Malformed(offset: index, reason: "'>' expected")
                }
                index += 1
                guard let last = open.popLast(), last.raw == raw else {
                    throw Malformed(offset: start, reason: "end tag </\(raw)> does not match its start tag")
                }
                scopes.removeLast()
                try body(.end(last.name, range: start..<index))
            } else {
                if sawRoot && open.isEmpty { throw Malformed(offset: index, reason: "a second root element") }
                sawRoot = true
                index += 1
                let raw = try readName(&index)
                var rawAttributes: [(String, String)] = []
                var isEmpty = false
                while true {
                    let hadSpace = skipSpace(&index)
                    guard index < bytes.count else { throw Malformed(offset: index, reason: "unfinished tag") }
                    if bytes[index] == UInt8(ascii: ">") {
                        index += 1
                        break
                    }
                    if hasPrefix("/>", at: index) {
                        index += 2
                        isEmpty = true
                        break
                    }
                    guard hadSpace else { throw Malformed(offset: index, reason: "space expected between attributes") }
                    let attribute = try readName(&index)
                    skipSpace(&index)
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                        throw Malformed(offset: index, reason: "'=' expected")
                    }
                    index += 1
                    skipSpace(&index)
                    rawAttributes.append((attribute, try readValue(&index)))
                }
                var scope = scopes.last!
                for (attribute, value) in rawAttributes {
                    if attribute == "xmlns" { scope[""] = value }
                    if attribute.hasPrefix("xmlns:") { scope[String(attribute.dropFirst(6))] = value }
                }
                func resolve(_ raw: String, isAttribute: Bool) throws(Malformed) -> (prefix: String, name: Name) {
                    let parts = raw.split(separator: ":", maxSplits: 1).map(String.init)
                    if parts.count == 1 { return ("", Name(namespace: isAttribute ? nil : scope[""], localName: raw)) }
                    guard let namespace = scope[parts[0]] else {
                        throw Malformed(offset: start, reason: "undeclared namespace prefix '\(parts[0])'")
                    }
                    return (parts[0], Name(namespace: namespace, localName: parts[1]))
                }
                let (prefix, name) = try resolve(raw, isAttribute: false)
                var attributes: [Name: String] = [:]
                for (attribute, value) in rawAttributes where attribute != "xmlns" && !attribute.hasPrefix("xmlns:") {
                    let resolved = try resolve(attribute, isAttribute: true).name
                    guard attributes.updateValue(value, forKey: resolved) == nil else {
                        throw Malformed(offset: start, reason: "attribute '\(attribute)' given twice")
                    }
                }
                try body(.start(Element(name: name, prefix: prefix, attributes: attributes, isEmpty: isEmpty,
                                        range: start..<index, namespaces: scope)))
                if isEmpty {
                    try body(.end(name, range: index..<index))
                } else {
                    open.append((raw, name))
                    scopes.append(scope)
                }
            }
        }
        if let unclosed = open.last { throw Malformed(offset: bytes.count, reason: "<\(unclosed.raw)> is not closed") }
        if !sawRoot { throw Malformed(offset: 0, reason: "no element") }
    }

    private func hasPrefix(_ text: String, at index: Int) -> Bool {
        let pattern = Array(text.utf8)
        return index + pattern.count <= bytes.count && Array(bytes[index..<index + pattern.count]) == pattern
    }

    private func skip(past terminator: String, from index: Int) throws(Malformed) -> Int {
        var position = index + 2
        while position < bytes.count {
            if hasPrefix(terminator, at: position) { return position + terminator.utf8.count }
            position += 1
        }
        throw Malformed(offset: index, reason: "'\(terminator)' expected")
    }

    @discardableResult
    private func skipSpace(_ index: inout Int) -> Bool {
        let start = index
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index > start
    }

    private func readName(_ index: inout Int) throws(Malformed) -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            let isNameByte = byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
            guard isNameByte else { break }
            index += 1
        }
        guard index > start else { throw Malformed(offset: start, reason: "a name expected") }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func readValue(_ index: inout Int) throws(Malformed) -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw Malformed(offset: index, reason: "a quoted value expected")
        }
        let quote = bytes[index]
        let start = index + 1
        guard let end = bytes[start...].firstIndex(of: quote) else { throw Malformed(offset: index, reason: "unfinished value") }
        index = end + 1
        let raw = String(decoding: bytes[start..<end], as: UTF8.self)
        guard raw.contains("&") else { return raw }
        return try Self.decodeReferences(raw, offset: start)
    }

    /// Replaces `&amp;`-style entities and `&#…;` references.
    static func decodeReferences(_ text: String, offset: Int) throws(Malformed) -> String {
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            guard let semicolon = rest[ampersand...].firstIndex(of: ";") else {
                throw Malformed(offset: offset, reason: "unfinished reference")
            }
            let entity = rest[rest.index(after: ampersand)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number: UInt32?
                if entity.hasPrefix("#x") { number = UInt32(entity.dropFirst(2), radix: 16) }
                else if entity.hasPrefix("#") { number = UInt32(entity.dropFirst()) }
                else { number = nil }
                guard let number, let scalar = Unicode.Scalar(number) else {
                    throw Malformed(offset: offset, reason: "unknown reference &\(entity);")
                }
                result.unicodeScalars.append(scalar)
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
