internal import CYaml

/// Reads a data file's YAML as a flat stream of libyaml events, before Yams builds a node tree from it, and refuses
/// what would make building that tree dangerous or its errors misleading:
///
/// - **Anchors and aliases** (`&name`, `*name`). A data file never needs them, and they are what a "billion laughs"
///   file is made of: Yams shares the aliased node, but hashing a mapping key that is an alias (its duplicate-key
///   check does that) walks the whole expanded tree, which grows exponentially with the file.
/// - **Deep nesting.** Yams composes, compares and frees nodes recursively, so `[[[[…` a hundred thousand levels deep
///   would overflow the stack. libyaml's parser keeps its own heap stack, so this scan is safe at any depth.
/// - **Duplicate keys**, reported here at the second occurrence (the line the person has to change), and all of them
///   at once; Yams would stop at the first and point at the first occurrence.
///
/// The scan is one pass, linear in the text. A syntax error ends it quietly: ``YAMLDocument`` composes the text next
/// and explains the error with its position.
enum YAMLPreflight {
    /// Deeper than any honest data file: the format nests at most eight levels (report › section › entry › items ›
    /// item › items › sub-item › text).
    static let maximumDepth = 64

    static func check(_ text: String, file: String) -> [Diagnostic] {
        var text = text
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return [] }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var scan = Scan(file: file)
            var event = yaml_event_t()
            var parsed = true
            while true {
                parsed = yaml_parser_parse(&parser, &event) == 1
                guard parsed else { break }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT || !scan.take(event) { break }
            }
            // libyaml's own nesting limit (its scanner counts '[' and '{' ahead of the events) is the same problem.
            if !parsed, let problem = parser.problem, String(cString: problem).contains("nesting level") {
                scan.tooDeep(at: SourceLocation(file: file, line: Int(parser.problem_mark.line) + 1,
                                                column: Int(parser.problem_mark.column) + 1))
            }
            scan.finish()
            return scan.diagnostics
        }
    }

    /// The state of one pass: the open collections and what has been found so far.
    private struct Scan {
        /// An open mapping or sequence.
        struct Collection {
            var isMapping: Bool
            /// For a mapping: true when the next node is a key.
            var expectsKey = true
            /// For a mapping: the plain-text keys seen so far, with where each first appeared.
            var keys: [String: SourceLocation] = [:]
        }

        let file: String
        var diagnostics: [Diagnostic] = []
        var open: [Collection] = []
        var firstAnchorOrAlias: SourceLocation?
        var anchorsAndAliases = 0

        init(file: String) {
            self.file = file
        }

        /// Takes one event; false when scanning must stop.
        mutating func take(_ event: yaml_event_t) -> Bool {
            let location = SourceLocation(file: file, line: Int(event.start_mark.line) + 1,
                                          column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_SCALAR_EVENT:
                noteAnchor(event.data.scalar.anchor, at: location)
                let value = String(decoding: UnsafeBufferPointer(start: event.data.scalar.value,
                                                                 count: Int(event.data.scalar.length)), as: UTF8.self)
                node(key: value, at: location)
            case YAML_ALIAS_EVENT:
                noteAnchor(event.data.alias.anchor, at: location)
                node(key: nil, at: location)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                noteAnchor(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor, at: location)
                node(key: nil, at: location)
                open.append(Collection(isMapping: isMapping))
                if open.count > YAMLPreflight.maximumDepth {
                    tooDeep(at: location)
                    return false
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                open.removeLast()
            case YAML_DOCUMENT_END_EVENT:
                finish()
            default:
                break
            }
            return true
        }

        mutating func tooDeep(at location: SourceLocation) {
            diagnostics.append(Diagnostic(
                at: location, "the values are nested more than \(YAMLPreflight.maximumDepth) levels deep",
                hint: "a data file needs at most eight levels; look for an unclosed '[' or '{', or a line of '- - - -'"))
        }

        /// Counts a node in the open collection; a scalar key is checked for an earlier twin.
        private mutating func node(key: String?, at location: SourceLocation) {
            guard !open.isEmpty, open[open.count - 1].isMapping else { return }
            defer { open[open.count - 1].expectsKey.toggle() }
            guard open[open.count - 1].expectsKey, let key else { return }
            if let first = open[open.count - 1].keys[key] {
                diagnostics.append(Diagnostic(
                    at: location, "the key '\(key)' appears twice in the same block; the first is on line \(first.line)",
                    hint: "keep one of them; to add entries, put them all under the first '\(key):'"))
            } else {
                open[open.count - 1].keys[key] = location
            }
        }

        private mutating func noteAnchor(_ anchor: UnsafeMutablePointer<yaml_char_t>?, at location: SourceLocation) {
            guard anchor != nil else { return }
            anchorsAndAliases += 1
            if firstAnchorOrAlias == nil { firstAnchorOrAlias = location }
        }

        /// Reports anchors and aliases once per document (or at a syntax error), at the first, with how many there are.
        mutating func finish() {
            guard let location = firstAnchorOrAlias else { return }
            let count = anchorsAndAliases == 1 ? "" : " (this file has \(anchorsAndAliases) of them)"
            diagnostics.insert(Diagnostic(
                at: location, "data files cannot use YAML anchors (&name) or aliases (*name)\(count)",
                hint: "write each value out in full where it is needed; to start a text with & or *, put it in quotes"), at: 0)
            firstAnchorOrAlias = nil
            anchorsAndAliases = 0
        }
    }
}
