internal import CYAML

/// Reads the text of a data file into a ``YAMLNode`` tree in one pass over libyaml's events, and refuses, with
/// the place to fix, what a data file never needs and what would make the tree dangerous or its errors misleading:
///
/// - **Anchors and aliases** (`&name`, `*name`): the stuff of "billion laughs" files, where a few lines describe an
///   exponentially large tree. Reported once, at the first, with how many the file holds.
/// - **Deep nesting** beyond ``maximumDepth``: honest data nests eight levels at most. The tree is built with an
///   explicit stack, so no depth can overflow the call stack, but nothing deeper is kept.
/// - **More than ``maximumNodes`` values**, which bounds memory whatever the file's shape (ten million `- a`
///   lines fit in 64 MiB).
/// - **A text longer than ``maximumTextLength``** characters, at its start: a report's point is a paragraph or a
///   few, and one enormous value costs the later steps (line wrapping, Markdown, every output) out of proportion.
/// - **Duplicate keys**, each reported at its second occurrence (the line the person must change), all at once.
///
/// A syntax error ends the pass and is explained by ``YAMLProblem`` with its position, after whatever the pass
/// had found before it. The pass is linear in the text.
enum YAMLComposer {
    /// Deeper than any honest data file: the format nests at most eight levels (report › section › entry › items ›
    /// item › items › sub-item › text).
    static let maximumDepth = 64
    /// Far more values than a data file of a whole city's departments holds (the 100,000-item benchmark file has
    /// about 700,000), and few enough that the tree stays within a few hundred megabytes.
    static let maximumNodes = 2_000_000
    /// Far more than one point of a report holds (the longest paragraph of the sample is 350 characters; 100,000
    /// is some 160 printed pages), and little enough that no single value slows a run down noticeably.
    static let maximumTextLength = 100_000

    /// The root of the file's single document, or nil when the file holds no value (empty, or comments only).
    ///
    /// A syntax error at or after line `explainedFrom` is left out of the problems thrown (which may then be
    /// none): an input slip found there (``InputSlips``) is its cause, said better.
    static func compose(_ text: String, file: String, explainedFrom line: Int? = nil) throws(DiagnosticError) -> YAMLNode? {
        var text = text
        let outcome = text.withUTF8 { bytes -> (root: YAMLNode?, problems: [Diagnostic], failed: Bool) in
            var pass = Pass(file: file, explainedFrom: line)
            let root = pass.run(bytes)
            return (root, pass.problems, pass.failed)
        }
        guard outcome.problems.isEmpty && !outcome.failed else { throw DiagnosticError(outcome.problems) }
        return outcome.root
    }
}

/// One pass over the events of a text.
private struct Pass {
    /// A block of keys or a list whose end has not been reached yet.
    private struct Open {
        var isMapping: Bool
        var mark: YAMLMark
        var elements: [YAMLNode] = []
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var pendingKey: YAMLNode?
        /// The text keys of a mapping so far, with where each first appeared.
        var keys: [String: YAMLMark] = [:]
    }

    let file: String
    let explainedFrom: Int?
    private(set) var problems: [Diagnostic] = []
    /// A syntax error ended the pass (reported or, being explained by a slip, not).
    private(set) var failed = false
    private var open: [Open] = []
    private var root: YAMLNode?
    private var documents = 0
    private var nodes = 0
    private var firstAnchor: YAMLMark?
    private var anchors = 0

    init(file: String, explainedFrom: Int?) {
        self.file = file
        self.explainedFrom = explainedFrom
    }

    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                reportAnchors()
                failed = true
                let problem = YAMLProblem.explain(parser, bytes: bytes, file: file)
                if let explainedFrom, let line = problem.location?.line, line >= explainedFrom { return nil }
                problems.append(problem)
                return nil
            }
            let keepGoing = take(event)
            let isEnd = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if !keepGoing || isEnd { break }
        }
        reportAnchors()
        return problems.isEmpty ? root : nil
    }

    /// Takes one event; false when the pass must stop.
    private mutating func take(_ event: yaml_event_t) -> Bool {
        let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                problems.append(Diagnostic(
                    at: location(mark), "a second document starts here; a data file holds one report",
                    hint: "remove this '---' line; if what follows is another period's report, move it to its own file"))
                return false
            }
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            noteAnchor(scalar.anchor, at: mark)
            let bytes = UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length))
            // Bytes outnumber characters, so only a value of more bytes than the limit needs counting.
            if bytes.count > YAMLComposer.maximumTextLength {
                let length = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                if length > YAMLComposer.maximumTextLength {
                    problems.append(Diagnostic(
                        at: location(mark), "this text has \(length.formatted) characters; a text may have at most \(YAMLComposer.maximumTextLength.formatted)",
                        hint: "a point of a report is a paragraph or a few; split the text into several points or items, or check that the file is the right one"))
                    return add(.scalar(.init(string: "", style: .plain, mark: mark)))
                }
            }
            let string = String(decoding: bytes, as: UTF8.self)
            return add(.scalar(.init(string: string, style: style(scalar.style), mark: mark)))
        case YAML_ALIAS_EVENT:
            noteAnchor(event.data.alias.anchor, at: mark)
            return add(.scalar(.init(string: "", style: .plain, mark: mark)))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            noteAnchor(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor, at: mark)
            guard count(at: mark) else { return false }
            open.append(Open(isMapping: isMapping, mark: mark))
            if open.count > YAMLComposer.maximumDepth {
                problems.append(.tooDeep(at: location(mark)))
                return false
            }
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let finished = open.removeLast()
            let node: YAMLNode = finished.isMapping
                ? .mapping(.init(pairs: finished.pairs, mark: finished.mark))
                : .sequence(.init(elements: finished.elements, mark: finished.mark))
            place(node)
        default:
            break
        }
        return true
    }

    /// Counts a node and puts it in the open collection (or makes it the root).
    private mutating func add(_ node: YAMLNode) -> Bool {
        guard count(at: node.mark) else { return false }
        place(node)
        return true
    }

    private mutating func count(at mark: YAMLMark) -> Bool {
        nodes += 1
        guard nodes > YAMLComposer.maximumNodes else { return true }
        problems.append(Diagnostic(
            at: location(mark), "the file holds more than \(YAMLComposer.maximumNodes.formatted) values",
            hint: "a data file of one period holds a few thousand at most; split a large one into department files, or check that it is the right file"))
        return false
    }

    private mutating func place(_ node: YAMLNode) {
        guard !open.isEmpty else {
            root = node
            return
        }
        let index = open.count - 1
        guard open[index].isMapping else {
            open[index].elements.append(node)
            return
        }
        guard let key = open[index].pendingKey else {
            if let text = node.scalar?.string {
                if let first = open[index].keys[text] {
                    problems.append(Diagnostic(
                        at: location(node.mark),
                        "the key '\(text.quoted)' appears twice in the same block; the first is on line \(first.line)",
                        hint: "keep one of them; to add entries, put them all under the first '\(text.quoted):'"))
                } else {
                    open[index].keys[text] = node.mark
                }
            }
            open[index].pendingKey = node
            return
        }
        open[index].pairs.append((key, node))
        open[index].pendingKey = nil
    }

    private mutating func noteAnchor(_ anchor: UnsafeMutablePointer<yaml_char_t>?, at mark: YAMLMark) {
        guard anchor != nil else { return }
        anchors += 1
        if firstAnchor == nil { firstAnchor = mark }
    }

    /// Reports anchors and aliases once, at the first, with how many there are, ahead of everything else.
    private mutating func reportAnchors() {
        guard let mark = firstAnchor else { return }
        let count = anchors == 1 ? "" : " (this file has \(anchors) of them)"
        problems.insert(Diagnostic(
            at: location(mark), "data files cannot use YAML anchors (&name) or aliases (*name)\(count)",
            hint: "write each value out in full where it is needed; to start a text with & or *, put it in quotes"), at: 0)
        firstAnchor = nil
    }

    private func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    private func style(_ style: yaml_scalar_style_t) -> YAMLNode.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}

extension Diagnostic {
    /// Values nested deeper than ``YAMLComposer/maximumDepth``, by the composer or by libyaml's own limit.
    static func tooDeep(at location: SourceLocation) -> Diagnostic {
        Diagnostic(at: location, "the values are nested more than \(YAMLComposer.maximumDepth) levels deep",
                   hint: "a data file needs at most eight levels; look for an unclosed '[' or '{', or a line of '- - - -'")
    }
}

extension Int {
    /// With thousands separators, for messages: 2,000,000.
    var formatted: String {
        let digits = String(magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return (self < 0 ? "-" : "") + result
    }
}
