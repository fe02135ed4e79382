import Testing
@_spi(Stages) @testable import SummarizeCore

/// Rendering a long section in pieces must give exactly the HTML of rendering it whole.
@Suite struct MarkdownChunksTests {
    /// A section the way the templates write one, with every block that could be affected by a cut nearby: loose
    /// and tight lists, a list continued across a blank line, a block quote, indented code, a setext-like line.
    static let section = """
        ## 一、上半年工作成績

        ### （一）認真做好科技項目驗收

        為推動科技創新\\*，共發放資料1200份。

        - 第一點
        - 第二點

        - 同一張清單的第三點

        > 引用的一段
        繼續引用

        ### （二）大力開展科普宣傳

            縮排的程式碼

        1.文字，不是清單

        #### 1.積極走訪企業
        沒有空行的正文
        ---

        """

    @Test func piecesRenderLikeTheWhole() {
        let markdown = String(repeating: Self.section, count: 40)
        let pieces = MarkdownChunks.split(markdown, size: 300)
        #expect(pieces.count > 40)
        #expect(pieces.joined() == markdown)
        let commonMark = CommonMark()
        #expect(pieces.map { commonMark.html(from: String($0)) }.joined() == commonMark.html(from: markdown))
    }

    @Test func everyPieceButTheLastStartsAtAHeadingAfterABlankLine() {
        let markdown = String(repeating: Self.section, count: 10)
        for piece in MarkdownChunks.split(markdown, size: 100).dropFirst() {
            #expect(piece.hasPrefix("#"))
            #expect(markdown[..<piece.startIndex].hasSuffix("\n\n"))
        }
    }

    @Test(arguments: ["```\n# not a heading\n```", "~~~\ncode\n~~~", "<div>\n\n# x\n</div>", "[label]: https://example.org"])
    func textsThatCouldReachAcrossAPieceAreNotCut(_ block: String) {
        let markdown = String(repeating: Self.section, count: 10) + block + "\n\n" + String(repeating: Self.section, count: 10)
        #expect(MarkdownChunks.split(markdown, size: 100).count == 1)
    }

    @Test func shortTextsAreOnePiece() {
        #expect(MarkdownChunks.split(Self.section, size: 1_000_000) == [Self.section[...]])
    }

    /// Past the piece size, the pieces rendered one by one give what one cmark call on the whole gives.
    @Test func longSectionsRenderTheSameInPieces() {
        let markdown = String(repeating: Self.section, count: CommonMark.pieceSize / Self.section.utf8.count + 50)
        let pieces = MarkdownChunks.split(markdown, size: CommonMark.pieceSize)
        #expect(pieces.count > 1)
        #expect(pieces.map { CommonMark().html(from: String($0)) }.joined() == CommonMark().html(from: markdown))
    }
}
