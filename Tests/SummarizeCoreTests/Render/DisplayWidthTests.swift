import Testing
@_spi(Stages) @testable import SummarizeCore

/// Terminal columns from the generated Unicode table (scripts/generate-display-width).
@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("200㎡", 5), ("㈠", 2), ("㈠㈡㈢", 6),          // CJK compatibility and enclosed: wide
        ("科技", 4), ("1200份", 6), ("（一）", 6), ("，：；", 6),
        ("\u{3000}", 2), ("二〇一六年", 10),               // ideographic space and zero
        ("😀", 2), ("👩‍💻", 2), ("❤️", 2), ("❤", 1), ("🇨🇳", 2), ("1️⃣", 2),  // emoji
        ("e\u{301}", 1), ("a\u{308}\u{323}", 1), ("\u{301}", 0),         // combining marks
        ("a\u{200B}b", 2), ("\u{FEFF}", 0), ("\u{AD}", 0), ("\t", 0), ("\u{7}", 0),  // invisible
        ("한국", 4), ("\u{1100}\u{1161}\u{11A8}", 2),         // Hangul: syllables and conjoining jamo
        ("café", 4), ("Ωμέγα", 5),                           // ambiguous letters: one column
        ("“”", 4), ("……", 4), ("——", 4), ("·", 2), ("①", 2), ("℃", 2), ("×", 2),  // ambiguous symbols: two
        ("abc", 3), ("", 0),
    ])
    func columns(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func runsAreSortedAndDoNotOverlap() {
        let runs = DisplayWidth.runs
        #expect(runs.allSatisfy { $0.first <= $0.last && $0.last <= 0x10FFFF })
        #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.last < $1.first })
    }

    /// The table agrees with Swift's own Unicode properties, for every scalar both know (Unicode 14.0, the
    /// generator's): marks and invisible characters take none, ideographs and emoji-style emoji two. Checks all
    /// 1.1 million scalars: about half a second.
    @Test func agreesWithTheStandardLibrarysUnicodeProperties() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age,
                  (age.major, age.minor) <= (14, 0) else { continue }
            let properties = scalar.properties
            let width = DisplayWidth.of(scalar)
            switch properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control:
                if width != 0 { disagreements.append("U+\(String(value, radix: 16)) \(width)") }
                continue
            default: break
            }
            // A regional indicator alone is a letter in a box, one column (East Asian Width N); two make a flag.
            let regionalIndicator = (0x1F1E6...0x1F1FF).contains(value)
            if (properties.isIdeographic && properties.generalCategory == .otherLetter)
                || (properties.isEmojiPresentation && !regionalIndicator), width != 2 {
                disagreements.append("U+\(String(value, radix: 16)) \(width)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    /// The txt metrics table: a value in ㎡ lines up with the others.
    @Test func aTableWithSquareMetresLinesUp() throws {
        let table = try #require(PipeTable(lines: [
            "| 項目 | 數值 |", "| --- | --: |", "| 新建科普園地 | 200㎡ |", "| 發放科普宣傳資料 | 1200份 |", "| 活動 | ㈠ |",
        ]))
        let lines = table.lines(width: 72)
        #expect(lines == [
            "項目                數值",
            "----------------  ------",
            "新建科普園地       200㎡",
            "發放科普宣傳資料  1200份",
            "活動                  ㈠",
        ])
    }
}
