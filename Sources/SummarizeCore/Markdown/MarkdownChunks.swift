/// Cuts a long Markdown text into pieces that cmark renders to the same HTML one by one as it does whole, so that
/// cmark's memory (about five times its input, one node per escaped character) is bounded by the size of a piece
/// rather than by the size of the longest section.
///
/// A piece ends just before an ATX heading (`#` … `######` at the start of a line) that follows a blank line: a
/// blank line closes every open paragraph, list item and block quote, and a heading at the margin cannot continue
/// a list, so the blocks on either side are the same whether rendered together or apart. Three things could reach
/// across such a point, and a text holding any of them is not cut at all: fenced code (a line starting with three
/// backticks or tildes), HTML blocks (a line starting with `<`) and link reference definitions (a line starting
/// with `[`), whose labels apply to the whole document. Data values never produce these (``MarkdownText`` escapes
/// every ASCII punctuation character and drops spaces at line starts), so only a template can, and a template that
/// does simply gets its sections rendered whole, as they always were.
enum MarkdownChunks {
    /// The pieces of `markdown`, each at least `size` bytes long except the last; the whole text when it is
    /// shorter or cannot be cut safely.
    static func split(_ markdown: String, size: Int) -> [Substring] {
        let bytes = markdown.utf8
        guard bytes.count > size else { return [markdown[...]] }
        var pieces: [Substring] = []
        var pieceStart = bytes.startIndex
        var previousLineBlank = true
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = bytes[lineStart..<lineEnd]
            if mightReachAcrossPieces(line) { return [markdown[...]] }
            if previousLineBlank, isATXHeading(line), bytes.distance(from: pieceStart, to: lineStart) >= size {
                pieces.append(markdown[pieceStart..<lineStart])
                pieceStart = lineStart
            }
            previousLineBlank = line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
            lineStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : bytes.endIndex
        }
        pieces.append(markdown[pieceStart...])
        return pieces
    }

    /// A line that starts (after up to three spaces) a code fence, an HTML block or a link reference definition.
    private static func mightReachAcrossPieces(_ line: Substring.UTF8View) -> Bool {
        let content = line.drop { $0 == UInt8(ascii: " ") }
        guard line.count - content.count <= 3, let first = content.first else { return false }
        switch first {
        case UInt8(ascii: "<"), UInt8(ascii: "["): return true
        case UInt8(ascii: "`"), UInt8(ascii: "~"): return content.prefix(3).allSatisfy { $0 == first } && content.count >= 3
        default: return false
        }
    }

    /// `#` to `######` at the margin, followed by a space, a tab or the end of the line.
    private static func isATXHeading(_ line: Substring.UTF8View) -> Bool {
        let hashes = line.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(hashes) else { return false }
        let rest = line.dropFirst(hashes)
        return rest.first.map { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") } ?? true
    }
}
