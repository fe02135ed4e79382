/// Walks a YAML node tree and collects every problem it meets, each with the file, line and column of the node
/// at fault. Values are read as the text the person typed (`no` stays "no", `2016-07-08` stays "2016-07-08"): the
/// data format has no booleans or timestamps, so YAML's type guessing never applies.
struct NodeReader: Sendable {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// The size of the file, in bytes.
    let sourceSize: Int
    /// The keys an unknown key was taken for (`achievments` → `achievements`): already explained, so not also
    /// reported as missing.
    private(set) var suggestedKeys: Set<String> = []
    /// How many "did you mean" have been looked for; past ``suggestionsMade`` unknown keys, none is.
    private var suggestionsLookedFor = 0
    /// As many as a person reads (the first 50 problems are printed): finding the closest key costs some sixty
    /// edit distances, which for 200,000 unknown keys was most of a run.
    static let suggestionsMade = 200

    init(file: String, sourceSize: Int) {
        self.file = file
        self.sourceSize = sourceSize
    }

    /// A reader of the same file with nothing found yet, for reading part of the tree on another core; its
    /// findings come back through ``absorb(_:)``.
    func fresh() -> NodeReader {
        NodeReader(file: file, sourceSize: sourceSize)
    }

    /// Takes over what a ``fresh()`` reader found, as if this reader had read that part itself.
    mutating func absorb(_ other: NodeReader) {
        diagnostics += other.diagnostics
        suggestedKeys.formUnion(other.suggestedKeys)
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.mark.line, column: node.mark.column)
    }

    mutating func report(_ node: YAMLNode?, _ message: String, hint: String? = nil, severity: Diagnostic.Severity = .error) {
        let diagnostic = node.map { Diagnostic(severity, at: location(of: $0), message, hint: hint) }
            ?? Diagnostic(severity, file: file, message, hint: hint)
        diagnostics.append(diagnostic)
    }

    /// True for a key with nothing after it (`title:`) or `~`.
    static func isNull(_ node: YAMLNode) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return false }
        return scalar.string.isEmpty || scalar.string == "~"
    }

    /// One key of a mapping with what it stands for: its canonical (English) name among the keys allowed where it
    /// stands, or nil when it is none of them.
    struct Key {
        var canonical: String?
        /// As written.
        var name: String
        var key: YAMLNode
        var value: YAMLNode
    }

    /// The keys of a mapping in the order written, each resolved among `allowed` (Chinese names from
    /// ``KeyAliases`` included). A key that is not a text, and a second spelling of a key given already
    /// (`title:` and `標題:`), are reported and left out; unknown keys are returned for the caller to judge.
    mutating func keys(of mapping: YAMLNode.Mapping, allowed: [String]) -> [Key] {
        var result: [Key] = []
        var seen: [String: YAMLNode] = [:]
        for (key, value) in mapping {
            guard case let .scalar(scalar) = key else {
                report(key, "a key must be a plain word, not a list or a block")
                continue
            }
            // As a text is read: no invisible character can make a key unknown (or a section's heading odd).
            let name = PlainText.withoutInvisibles(scalar.string)
            let canonical = KeyAliases.canonical(name, among: allowed)
            if let canonical {
                if let earlier = seen[canonical] {
                    report(key, "'\(name.quoted)' and '\((earlier.scalar?.string ?? canonical).quoted)' (line \(earlier.mark.line)) are the same key",
                           hint: "keep one of them; to add more entries, add them under the existing key")
                    continue
                }
                seen[canonical] = key
            }
            result.append(Key(canonical: canonical, name: name, key: key, value: value))
        }
        return result
    }

    /// The keys of a mapping, checked against the ones allowed there and keyed by their canonical (English) names.
    /// An unknown key is reported with the closest allowed key; its value is ignored.
    mutating func fields(of mapping: YAMLNode.Mapping, allowed: [String], in place: String) -> [String: (key: YAMLNode, value: YAMLNode)] {
        var fields: [String: (key: YAMLNode, value: YAMLNode)] = [:]
        for key in keys(of: mapping, allowed: allowed) {
            if let canonical = key.canonical {
                fields[canonical] = (key.key, key.value)
            } else {
                reportUnknown(key, allowed: allowed, in: place)
            }
        }
        return fields
    }

    /// An unknown key, with the closest allowed key if it looks like a typo of one; `advice` ends the hint.
    mutating func reportUnknown(_ key: Key, allowed: [String], in place: String, advice: String = "") {
        let hint = "the keys allowed here are: \(allowed.joined(separator: ", "))\(advice)"
        if let suggestion = suggestion(for: key.name, among: allowed) {
            suggestedKeys.insert(KeyAliases.canonical(suggestion, among: allowed) ?? suggestion)
            report(key.key, "unknown key '\(key.name.quoted)' in \(place); did you mean '\(suggestion)'?", hint: hint)
        } else {
            report(key.key, "unknown key '\(key.name.quoted)' in \(place)", hint: hint)
        }
    }

    /// The allowed key (in any spelling) that `name` looks like a typo of, for the first ``suggestionsMade`` asked.
    mutating func suggestion(for name: String, among allowed: [String]) -> String? {
        suggestionsLookedFor += 1
        guard suggestionsLookedFor <= Self.suggestionsMade else { return nil }
        return Suggestion.closest(to: name, among: KeyAliases.spellings(of: allowed))
    }

    /// A text value, normalized by ``PlainText``; nil (with a diagnostic) for a list or block.
    mutating func text(_ node: YAMLNode, what: String) -> String? {
        switch node {
        case let .scalar(scalar):
            return PlainText.normalize(scalar.string, style: scalar.style == .literal ? .literal : .folded)
        case .mapping:
            report(node, "\(what) must be text, but here it is a block of keys",
                   hint: "write the text on the same line after the colon; if the text contains ': ', put it in quotes")
        case .sequence:
            report(node, "\(what) must be text, but here it is a list",
                   hint: "remove the '- ' in front of the text, or join the lines into one text")
        }
        return nil
    }

    /// The elements of a list; nil (with a diagnostic) for anything else.
    mutating func list(_ node: YAMLNode, what: String, example: String) -> [YAMLNode]? {
        if case let .sequence(sequence) = node { return sequence.elements }
        report(node, "\(what) must be a list, with each entry on its own line starting with '- '",
               hint: "for example:\n    \(example)")
        return nil
    }
}
