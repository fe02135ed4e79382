import Foundation

/// Renders a long Markdown text in pieces, a few at a time, one on each core, and hands the HTML on in order.
///
/// What it buys: cmark's node tree (about five times its input) and its copy in Swift values never hold more than
/// one piece per core, and a large section renders on both cores (BENCHMARKS.md, "The devices in Performance/",
/// Piece rendering: pathological 2,000 items in 0.52 s instead of 0.86 s). The HTML is the same as that of the whole text (``MarkdownChunks`` cuts only where
/// that holds).
enum PieceRendering {
    static func forEachPiece(of markdown: String, render: @Sendable (Substring) -> String,
                             _ body: (String) throws -> Void) rethrows {
        let pieces = MarkdownChunks.split(markdown, size: CommonMark.pieceSize)
        let batchSize = pieces.count > 1 ? ProcessInfo.processInfo.activeProcessorCount : 1
        for start in stride(from: 0, to: pieces.count, by: batchSize) {
            let batch = Array(pieces[start..<min(start + batchSize, pieces.count)])
            for html in batch.concurrentMap(cost: \.utf8.count, render) { try body(html) }
        }
    }
}
