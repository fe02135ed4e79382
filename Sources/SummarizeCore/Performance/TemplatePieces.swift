/// A long template cut into pieces that swift-mustache parses one at a time and renders one after the other.
///
/// What it buys: swift-mustache 2.1.1 measures the rest of the template before each read (`String.distance`), so
/// its parse time grows with the square of a template's length; a house template of 4,000 tags took eleven times
/// as long as one of 1,000 (BENCHMARKS.md, "The devices in Performance/", Template pieces: 1.90 → 0.42 per size).
/// Parsed in pieces of about ``pieceSize`` bytes, a long template costs time in proportion to its length.
///
/// A piece ends only where cutting changes nothing the template renders: outside every section, either after a
/// line break or between two variables on one line. Mustache drops a line that holds a single section, comment or
/// partial tag ("standalone"); a piece that starts at a line's start, or a line that keeps a variable on both
/// sides of the cut, reads every such line as the whole template did. Templates with inheritance (`{{<parent}}`,
/// `{{$block}}`) or pragmas are never cut: their tags reach across the template.
struct TemplatePieces {
    /// One piece: its text and the line of the whole template it starts on, for messages.
    struct Piece: Equatable {
        var text: String
        var firstLine: Int
    }

    /// Templates up to this many bytes are parsed whole: the built-in ones but the layout (`document.html`, about
    /// 5,000 bytes, which in pieces takes 2 M instructions fewer a run, 2 % of a report).
    static let threshold = 2 * 1024
    /// The bytes a piece gathers before it ends at the next place it may.
    static let pieceSize = 1024

    /// The pieces of a template, in order; one piece (the whole text) when the template is short or cannot be cut.
    static func cut(_ text: String, tags: [TemplateTag]) -> [Piece] {
        let whole = [Piece(text: text, firstLine: 1)]
        let kindsThatReachAcross: Set<TemplateTag.Kind> = [.parent, .block, .pragma, .setDelimiters, .unclosed]
        guard text.utf8.count > threshold, !tags.contains(where: { kindsThatReachAcross.contains($0.kind) }) else {
            return whole
        }
        let bytes = Array(text.utf8)
        let newline = UInt8(ascii: "\n")
        var cuts: [Int] = []
        var lastCut = 0
        func consider(_ position: Int) {
            guard position - lastCut >= pieceSize, position < bytes.count else { return }
            cuts.append(position)
            lastCut = position
        }
        var depth = 0
        var gapStart = 0
        var previous: TemplateTag?
        for tag in tags {
            if depth == 0 {
                var gapHasNewline = false
                for position in gapStart..<tag.bytes.lowerBound where bytes[position] == newline {
                    gapHasNewline = true
                    consider(position + 1)
                }
                if let previous, !gapHasNewline, previous.isVariable, tag.isVariable {
                    consider(tag.bytes.lowerBound)
                }
            }
            switch tag.kind {
            case .section, .invertedSection: depth += 1
            case .sectionEnd: depth -= 1
            default: break
            }
            gapStart = tag.bytes.upperBound
            previous = tag
        }
        if depth == 0 {
            for position in gapStart..<bytes.count where bytes[position] == newline { consider(position + 1) }
        }
        guard !cuts.isEmpty else { return whole }

        var pieces: [Piece] = []
        var start = 0, line = 1
        for end in cuts + [bytes.count] {
            let slice = bytes[start..<end]
            pieces.append(Piece(text: String(decoding: slice, as: UTF8.self), firstLine: line))
            line += slice.count { $0 == newline }
            start = end
        }
        return pieces
    }

    /// The name a piece is registered under: a `/` cannot be in a template's file name, so it names no template
    /// of the house style.
    static func name(of index: Int, in template: String) -> String { "\(template)/piece\(index + 1)" }

    /// The template that renders the pieces one after the other, on one line so that no partial tag of it is
    /// standalone (a standalone partial would indent the piece).
    static func joining(_ count: Int, named template: String) -> String {
        (0..<count).map { "{{> \(name(of: $0, in: template))}}" }.joined()
    }
}

extension TemplateTag {
    /// A tag that outputs a value: never standalone, so a line that holds one is never dropped.
    var isVariable: Bool { kind == .variable || kind == .unescapedVariable }
}
