import Testing
@_spi(Stages) @testable import SummarizeCore

/// The optimized ``PlainText`` and ``MarkdownText`` against their first, straightforward implementations
/// (`ReferenceImplementations.swift`), on typical text and on random mixes of everything they treat specially.
@Suite struct TextFastPathTests {
    /// Pieces that exercise every rule: Chinese and Latin text, full-width punctuation, every kind of blank, line
    /// and paragraph separator, control and bidi characters, a byte-order mark, combining marks after blanks, and
    /// ASCII punctuation that Markdown would read as syntax.
    static let pieces = [
        "中文", "資料1200份", "，", "。", "（", "）", "“", "”", "……", "——", "Latin", "words", "2016",
        " ", "  ", "\u{3000}", "\u{A0}", "\t", "\n", "\n\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\u{85}",
        "\u{7}", "\u{7F}", "\u{9F}", "\u{200E}", "\u{202E}", "\u{2066}", "\u{FEFF}", "\u{301}", "e\u{301}", "👩‍💻",
        "\u{200B}", "\u{200D}", "\u{061C}", "\u{00AD}", "\u{3164}", "\u{E0041}", "\u{FE0F}", "\u{E0100}", "\u{FFFA}", "❤",
        "*", "[", "]", "<", ">", "`", "_", "\\", "#", "-", "1.", "&", "!", ":", "(任務書編號:桂科能1347003)",
    ]

    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in
            (0..<(next() % 24)).map { _ in pieces[next() % pieces.count] }.joined()
        }
    }

    @Test func normalizeMatchesTheReference() {
        for text in Self.randomTexts(count: 4_000, seed: 1) + Self.pieces {
            for style in [PlainText.Style.folded, .literal] {
                #expect(PlainText.normalize(text, style: style) == ReferencePlainText.normalize(text, style: style),
                        "\(text.unicodeScalars.map { String($0.value, radix: 16) }) \(style)")
            }
            #expect(PlainText.singleLine(text) == ReferencePlainText.singleLine(text))
        }
    }

    @Test func normalizeKeepsTypicalTextAsItIs() {
        let text = "為大力推動在全社會普及科學知識、弘揚科學精神，共發放科普宣傳資料1200份。"
        #expect(PlainText.normalize(text, style: .folded) == text)
    }

    /// Whatever eight-byte word of a long text a character to drop falls in, it is found and dropped.
    @Test(arguments: ["\u{202E}", "\u{200E}", "\u{2069}", "\u{FEFF}", "\u{9F}", "\u{7F}", "\u{1B}"])
    func normalizeFindsCharactersToDropAnywhere(_ invisible: String) {
        let text = "為大力推動在全社會普及科學知識、弘揚科學精神，共發放科普宣傳資料1200份。"
        for offset in 0...text.count {
            var typed = text
            typed.insert(contentsOf: invisible, at: typed.index(typed.startIndex, offsetBy: offset))
            #expect(PlainText.normalize(typed, style: .folded) == text)
        }
    }

    /// A blank followed by a combining mark is trimmed like any blank: CommonMark strips it too.
    @Test func normalizeTrimsABlankThatCarriesAMark() {
        #expect(PlainText.normalize(" \u{301}中", style: .literal) == "\u{301}中")
        #expect(PlainText.normalize("  中", style: .literal) == "中")
    }

    @Test func escapeMatchesTheReference() {
        for text in Self.randomTexts(count: 4_000, seed: 2) + Self.pieces {
            #expect(MarkdownText.escape(text) == ReferenceMarkdownText.escape(text), "\(text.debugDescription)")
        }
    }

    @Test func escapeBackslashesEveryASCIIPunctuationCharacter() {
        #expect(MarkdownText.escape("a*b [c](d) <e> `f`") == #"a\*b \[c\]\(d\) \<e\> \`f\`"#)
        #expect(MarkdownText.escape("第一段\n  第二段") == "第一段\n第二段")
    }
}
