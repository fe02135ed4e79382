import Foundation

/// Cuts a long Markdown text into pieces that cmark renders to the same HTML one by one as it does whole, so that
/// cmark's memory (about five times its input, one node per escaped character) is bounded by the size of a piece
/// rather than by the size of the longest section.
///
/// What it buys: pathological data of 2,000 items peaks at 53 MiB instead of 241 MiB and renders twice as fast
/// (BENCHMARKS.md, "The devices in Performance/", Markdown chunks). ``PieceRendering`` renders the pieces.
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
    /// shorter or cannot be cut safely. One pass over the UTF-8 bytes, a few instructions a byte.
    static func split(_ markdown: String, size: Int) -> [Substring] {
        guard markdown.utf8.count > size else { return [markdown[...]] }
        var text = markdown
        let cuts: [Int]? = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return [] }
            var cuts: [Int] = []
            var pieceStart = 0, lineStart = 0
            var previousLineBlank = true
            while lineStart < bytes.count {
                let newline = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), bytes.count - lineStart)
                let lineEnd = newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? bytes.count
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                if mightReachAcrossPieces(line) { return nil }
                if previousLineBlank, isATXHeading(line), lineStart - pieceStart >= size {
                    cuts.append(lineStart)
                    pieceStart = lineStart
                }
                previousLineBlank = line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
                lineStart = lineEnd + 1
            }
            return cuts
        }
        guard let cuts, !cuts.isEmpty else { return [markdown[...]] }
        let utf8 = markdown.utf8
        let bounds = [utf8.startIndex] + cuts.map { utf8.index(utf8.startIndex, offsetBy: $0) } + [utf8.endIndex]
        return zip(bounds, bounds.dropFirst()).map { markdown[$0..<$1] }
    }

    /// A line that starts (after up to three spaces) a code fence, an HTML block or a link reference definition.
    private static func mightReachAcrossPieces(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < line.count && index < 4 && line[index] == UInt8(ascii: " ") { index += 1 }
        guard index <= 3, index < line.count else { return false }
        let first = line[index]
        switch first {
        case UInt8(ascii: "<"), UInt8(ascii: "["): return true
        case UInt8(ascii: "`"), UInt8(ascii: "~"):
            return index + 2 < line.count && line[index + 1] == first && line[index + 2] == first
        default: return false
        }
    }

    /// `#` to `######` at the margin, followed by a space, a tab or the end of the line.
    private static func isATXHeading(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var hashes = 0
        while hashes < line.count && line[hashes] == UInt8(ascii: "#") { hashes += 1 }
        guard (1...6).contains(hashes) else { return false }
        guard hashes < line.count else { return true }
        let next = line[hashes]
        return next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\r")
    }
}
