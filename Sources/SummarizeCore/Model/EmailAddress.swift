/// A mailbox as people write it: `zhangsan@example.gov.cn` or `張三 <zhangsan@example.gov.cn>`.
///
/// The address itself must be plain ASCII (an internationalized address needs SMTPUTF8 on every server on the way,
/// which a file meant to be opened anywhere cannot count on); the display name may be any text and is
/// RFC 2047-encoded in the header when it is not ASCII.
public struct EmailAddress: Hashable, Sendable, CustomStringConvertible {
    /// The name shown in front of the address (張三), if any.
    public var displayName: String?
    /// The addr-spec, `local@domain`.
    public var address: String

    /// Why a text is not an address, worded for the person who typed it.
    public struct Problem: Error, Hashable, Sendable {
        /// What is wrong, quoting the text.
        public var message: String
        /// How to write it instead.
        public var hint: String
    }

    /// A mailbox from parts already checked; use ``init(parsing:)`` for what a person typed.
    public init(displayName: String? = nil, address: String) {
        self.displayName = displayName
        self.address = address
    }

    /// Parses one mailbox; throws a ``Problem`` that says what is wrong.
    public init(parsing text: String) throws(Problem) {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else {
            throw Problem(message: "the email address is empty", hint: Self.example)
        }
        var name: String?
        var spec = trimmed
        if let open = trimmed.lastIndex(of: "<") {
            guard trimmed.hasSuffix(">") else {
                throw Problem(message: "'\(trimmed)' has '<' but does not end with '>'", hint: Self.example)
            }
            spec = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]).trimmingSpaces
            let rawName = String(trimmed[..<open]).trimmingSpaces
            name = try Self.displayName(rawName, in: trimmed)
        } else if trimmed.contains(">") {
            throw Problem(message: "'\(trimmed)' has '>' without '<'", hint: Self.example)
        }
        try Self.check(spec, in: trimmed)
        self.init(displayName: name, address: spec)
    }

    /// Parses a list separated by commas or semicolons (also the full-width ，；that Chinese input methods type);
    /// separators inside quotes or angle brackets do not count.
    public static func list(parsing text: String) throws(Problem) -> [EmailAddress] {
        var items: [String] = []
        var current = ""
        var inQuotes = false, inAngle = false
        for character in text {
            switch character {
            case "\"": inQuotes.toggle()
            case "<" where !inQuotes: inAngle = true
            case ">" where !inQuotes: inAngle = false
            case ",", ";", "，", "；":
                if !inQuotes && !inAngle {
                    items.append(current)
                    current = ""
                    continue
                }
            default: break
            }
            current.append(character)
        }
        items.append(current)
        var result: [EmailAddress] = []
        for item in items where !item.trimmingSpaces.isEmpty {
            result.append(try EmailAddress(parsing: item))
        }
        return result
    }

    /// As written in a header: the address alone, or the name (quoted or RFC 2047-encoded as needed) and `<address>`.
    var headerTokens: [String] {
        guard let displayName, !displayName.isEmpty else { return [address] }
        let phrase: [String]
        let isAtomText = { (scalar: Unicode.Scalar) in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " || Self.atomSpecials.contains(scalar))
        }
        if displayName.unicodeScalars.allSatisfy(isAtomText), !displayName.contains("=?") {
            phrase = displayName.split(separator: " ").map(String.init)
        } else if displayName.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }) {
            phrase = ["\"" + displayName.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""]
        } else {
            phrase = EncodedWord.encode(displayName)
        }
        return phrase + ["<\(address)>"]
    }

    /// `張三 <zhangsan@example.gov.cn>`, as a person writes it (not header-encoded).
    public var description: String {
        displayName.map { "\($0) <\(address)>" } ?? address
    }

    /// The part after the @.
    public var domain: Substring { address[address.index(after: address.lastIndex(of: "@")!)...] }

    // MARK: Checks

    static let example = "write it as  name@example.gov.cn  or  張三 <name@example.gov.cn>"

    /// atext besides letters and digits (RFC 5322 §3.2.3).
    private static let atomSpecials: Set<Unicode.Scalar> = Set("!#$%&'*+-/=?^_`{|}~".unicodeScalars)

    private static func displayName(_ raw: String, in text: String) throws(Problem) -> String? {
        var name = raw
        if name.hasPrefix("\"") {
            guard name.count >= 2, name.hasSuffix("\"") else {
                throw Problem(message: "the quoted name in '\(text)' is not closed", hint: "end the name with a second \"")
            }
            name = String(name.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
                .replacingOccurrences(of: "\\\\", with: "\\")
        }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw Problem(message: "the name in '\(text)' contains a control character", hint: "retype the name")
        }
        // Invisible characters go, as from every text of the data (PlainText): a header shows nothing of them.
        name = String(String.UnicodeScalarView(name.unicodeScalars.filter { !PlainText.isInvisible($0) }))
        return name.isEmpty ? nil : name
    }

    private static func check(_ spec: String, in text: String) throws(Problem) {
        if spec.contains(where: \.isWhitespace) {
            throw Problem(message: "'\(spec)' is not one address: a name goes in front of the address in angle brackets",
                          hint: "write it as  張三 <zhangsan@example.gov.cn>")
        }
        guard spec.unicodeScalars.allSatisfy(\.isASCII) else {
            throw Problem(message: "'\(spec)' is not an ASCII email address",
                          hint: "an address with Chinese characters needs every mail server to support SMTPUTF8; use the ASCII address and put the name in front: 張三 <zhangsan@example.gov.cn>")
        }
        let parts = spec.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw Problem(message: parts.count < 2 ? "'\(spec)' has no '@'" : "'\(spec)' has more than one '@'", hint: example)
        }
        let local = parts[0], domain = parts[1]
        guard !local.isEmpty, local.count <= 64,
              local.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ atom in
                  !atom.isEmpty && atom.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || atomSpecials.contains($0) }
              })
        else {
            throw Problem(message: "'\(local)' before the '@' in '\(spec)' is not a valid mailbox name",
                          hint: "use letters, digits and . _ - + (no spaces, no two dots in a row), e.g. zhang.san@example.gov.cn")
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, spec.count <= 254,
              labels.allSatisfy({ label in
                  (1...63).contains(label.count) && !label.hasPrefix("-") && !label.hasSuffix("-")
                      && label.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" }
              }),
              labels.last!.contains(where: \.isLetter)
        else {
            throw Problem(message: "'\(domain)' after the '@' in '\(spec)' is not a valid domain",
                          hint: "write the full domain, e.g. @example.gov.cn")
        }
    }
}

private extension String {
    var trimmingSpaces: String {
        let isBlank: (Character) -> Bool = { $0.isWhitespace }
        guard let start = firstIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[start...lastIndex(where: { !isBlank($0) })!])
    }
}
