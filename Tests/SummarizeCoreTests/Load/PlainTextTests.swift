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

    /// Every default-ignorable character goes, from titles, names and subjects alike (all of them are PlainText).
    @Test(arguments: [0x061C, 0x200B, 0x200C, 0x200D, 0x2060, 0x2063, 0xE0001, 0xE0041, 0xE007F, 0xFFF9, 0xFFFA, 0xFFFB,
                      0x00AD, 0x180E, 0x3164, 0x115F, 0xFFA0, 0x034F, 0x206A])
    func dropsInvisibleCharacters(_ value: UInt32) {
        let invisible = String(Unicode.Scalar(value)!)
        #expect(PlainText.normalize("科普\(invisible)宣傳", style: .folded) == "科普宣傳")
        #expect(PlainText.normalize("\(invisible)科普", style: .literal) == "科普")
        // At every offset of the eight-byte words the fast check reads, after ASCII and after Chinese.
        for prefix in ["a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "。", "。a", "。ab", "中文。", "，a", "中"] {
            #expect(PlainText.normalize(prefix + invisible + "科普宣傳工作", style: .literal) == prefix + "科普宣傳工作")
        }
    }

    /// A joiner inside an emoji sequence and one variation selector after a character change how it looks, so they
    /// stay; a joiner between letters, a selector with nothing before it, and a run of them (a hidden payload) go.
    @Test func keepsWhatChangesHowACharacterLooks() {
        #expect(PlainText.normalize("👩\u{200D}💻完成", style: .folded) == "👩\u{200D}💻完成")
        #expect(PlainText.normalize("❤\u{FE0F}\u{200D}🔥", style: .folded) == "❤\u{FE0F}\u{200D}🔥")
        #expect(PlainText.normalize("葛\u{E0100}", style: .folded) == "葛\u{E0100}")
        #expect(PlainText.normalize("a\u{200D}b", style: .folded) == "ab")
        #expect(PlainText.normalize("\u{FE0F}甲", style: .folded) == "甲")
        #expect(PlainText.normalize("甲\u{E0100}\u{E0101}\u{E0102}乙", style: .folded) == "甲\u{E0100}乙")
    }

    @Test func joinsAChineseLineAndAHalfWidthBracketWithoutASpace() {
        #expect(PlainText.normalize("諾貝爾科學獎\n(物理學獎)", style: .literal) == "諾貝爾科學獎(物理學獎)")
        #expect(PlainText.normalize("(物理學獎)\n諾貝爾", style: .literal) == "(物理學獎)諾貝爾")
        #expect(PlainText.normalize("諾貝爾科學獎 (物理學獎)", style: .folded) == "諾貝爾科學獎(物理學獎)")
        #expect(PlainText.normalize("Nobel Prize\n(Physics)", style: .literal) == "Nobel Prize (Physics)")
    }
}
