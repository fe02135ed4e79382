/// A produced HTML fragment as a browser would see it, for tests: which elements and attributes it has, and the
/// text a reader sees. A small tokenizer suffices: the HTML comes from cmark and the templates, both well formed.
struct HTMLFragment {
    /// How many elements of each name start in the fragment; comments count as `!--`.
    private(set) var elements: [String: Int] = [:]
    /// Every attribute, as `element attribute` (`a href`).
    private(set) var attributes: Set<String> = []
    /// All text outside tags, entities decoded.
    private(set) var text = ""
    /// The text of each `<p>` element, entities decoded.
    private(set) var paragraphs: [String] = []

    init(_ html: String) {
        var scalars = Substring(html).unicodeScalars[...]
        var paragraph: String?
        while let first = scalars.first {
            guard first == "<" else {
                let end = scalars.firstIndex(of: "<") ?? scalars.endIndex
                let decoded = Self.decode(String(Substring(scalars[..<end])))
                text += decoded
                paragraph? += decoded
                scalars = scalars[end...]
                continue
            }
            let rest = String(Substring(scalars.prefix(4)))
            if rest.hasPrefix("<!--") {
                elements["!--", default: 0] += 1
                let body = String(Substring(scalars))
                let end = body.range(of: "-->").map { body.distance(from: body.startIndex, to: $0.upperBound) } ?? body.count
                scalars = scalars.dropFirst(end)
                continue
            }
            let end = scalars.firstIndex(of: ">").map { scalars.index(after: $0) } ?? scalars.endIndex
            let tag = String(Substring(scalars[scalars.index(after: scalars.startIndex)..<end].dropLast()))
            scalars = scalars[end...]
            if tag.hasPrefix("/") {
                if tag == "/p", let finished = paragraph { paragraphs.append(finished); paragraph = nil }
                continue
            }
            if tag.hasPrefix("!") { continue }
            let parts = Self.split(tag)
            guard let name = parts.first?.lowercased() else { continue }
            elements[name, default: 0] += 1
            for attribute in parts.dropFirst() {
                attributes.insert("\(name) \(attribute.split(separator: "=").first.map(String.init) ?? attribute)")
            }
            if name == "p" { paragraph = "" }
        }
    }

    /// The part of a document between `<body …>` and `</body>`: what the reader sees.
    static func body(of document: String) -> HTMLFragment {
        guard let start = document.range(of: "<body"), let end = document.range(of: "</body>") else { return HTMLFragment("") }
        return HTMLFragment(String(document[start.lowerBound..<end.upperBound]))
    }

    /// A tag's name and attributes, split at spaces outside quotes.
    private static func split(_ tag: String) -> [String] {
        var parts: [String] = [], current = "", quote: Character?
        for character in tag.trimmingSuffix("/") {
            if let open = quote {
                if character == open { quote = nil }
                current.append(character)
            } else if character == "\"" || character == "'" {
                quote = character
                current.append(character)
            } else if character == " " || character == "\n" {
                if !current.isEmpty { parts.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// Decodes character references, scalar by scalar (a combining mark after `;` must not hide it).
    static func decode(_ text: String) -> String {
        guard text.unicodeScalars.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let semicolon = scalars[index..<min(index + 12, scalars.count)].firstIndex(of: ";") {
                let entity = String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))
                var value: String?
                if let known = named[entity] {
                    value = known
                } else if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    value = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if entity.hasPrefix("#") {
                    value = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                }
                if let value {
                    result.append(contentsOf: value.unicodeScalars)
                    index = semicolon + 1
                    continue
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self[...]
    }
}
