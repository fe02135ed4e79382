import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct PlainTextTests {
    @Test func joinsChineseLinesWithoutASpace() {
        #expect(PlainText.normalize("今年上半年，\n我局積極開展工作。", style: .literal) == "今年上半年，我局積極開展工作。")
        #expect(PlainText.normalize("發放資料\n1200份", style: .literal) == "發放資料1200份")
    }

    @Test func joinsLatinLinesWithASpace() {
        #expect(PlainText.normalize("The office\nworked hard.", style: .literal) == "The office worked hard.")
    }

    @Test func blankLineStartsAParagraph() {
        #expect(PlainText.normalize("第一段。\n\n\n第二段。\n", style: .literal) == "第一段。\n\n第二段。")
    }

    @Test func foldedTextLosesTheSpacesFoldingLeftBetweenChineseCharacters() {
        // What libyaml hands over for a `>` block or a multi-line plain scalar: lines joined with spaces,
        // blank lines turned into single line breaks.
        #expect(PlainText.normalize("今年上半年， 我局積極 開展工作。\n第二段 2016年", style: .folded)
            == "今年上半年，我局積極開展工作。\n\n第二段2016年")
        #expect(PlainText.normalize("培訓。 4月", style: .folded) == "培訓。4月")
        #expect(PlainText.normalize("發放資料 1200份", style: .folded) == "發放資料1200份")
        #expect(PlainText.normalize("use Windows 10", style: .folded) == "use Windows 10")
        #expect(PlainText.normalize("Meeting with 張三 today", style: .folded) == "Meeting with 張三 today")
    }

    @Test func dropsInvisibleAndControlCharacters() {
        #expect(PlainText.normalize("a\u{202E}b\u{2066}c\u{0}d\u{7}e\u{FEFF}f", style: .literal) == "abcdef")
        #expect(PlainText.normalize("a\tb", style: .literal) == "a b")
    }

    @Test func acceptsWindowsLineEndingsAndIndentation() {
        #expect(PlainText.normalize("　　第一行，\r\n第二行。\r\n\r\n第二段", style: .literal) == "第一行，第二行。\n\n第二段")
    }

    @Test func singleLineJoinsParagraphs() {
        #expect(PlainText.singleLine("認真做好\n\n驗收工作") == "認真做好驗收工作")
    }
}
