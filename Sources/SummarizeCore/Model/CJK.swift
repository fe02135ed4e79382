/// Which characters belong to Chinese (and Japanese) running text, where lines join without a space.
enum CJK {
    /// Han ideographs, kana, CJK and full-width punctuation, and the general punctuation Chinese text uses
    /// (“” ‘’ …… ——). A line break or a space between two of these is an artefact of editing, not a word gap.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF,   // CJK radicals
             0x3000...0x303F,   // CJK symbols and punctuation: 、。「」《》
             0x3040...0x30FF,   // kana
             0x3100...0x312F, 0x31A0...0x31BF,  // bopomofo
             0x3400...0x4DBF,   // extension A
             0x4E00...0x9FFF,   // unified ideographs
             0xF900...0xFAFF,   // compatibility ideographs
             0xFE10...0xFE1F, 0xFE30...0xFE4F,  // vertical and compatibility forms
             0xFF00...0xFF60, 0xFFE0...0xFFE6,  // full-width forms: ，（）：；！？
             0x20000...0x3FFFF, // extensions B and later
             0x2014, 0x2018...0x201D, 0x2026, 0x00B7:
            true
        default:
            false
        }
    }

    /// Full-width and CJK punctuation (，。、：；「」《》（）“” ……): no space ever belongs next to these.
    static func isWidePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
             0xFE10...0xFE1F, 0xFE30...0xFE4F, 0x2014, 0x2018...0x201D, 0x2026, 0x00B7:
            true
        default:
            false
        }
    }

    /// Whether a space belongs between two characters when lines are joined or YAML folding left one: not between
    /// two Chinese characters, not next to Chinese punctuation, not between a Chinese character and a digit
    /// (資料1200份) or a half-width bracket (諾貝爾科學獎(物理學獎)); between Latin words, yes.
    static func needsSpace(between before: Unicode.Scalar, and after: Unicode.Scalar) -> Bool {
        let wideBefore = isWide(before), wideAfter = isWide(after)
        if wideBefore && wideAfter { return false }
        if isWidePunctuation(before) || isWidePunctuation(after) { return false }
        if (wideBefore && isASCIIBracket(after)) || (wideAfter && isASCIIBracket(before)) { return false }
        if (wideBefore && after.properties.numericType != nil && after.isASCII)
            || (wideAfter && before.properties.numericType != nil && before.isASCII) {
            return false
        }
        return true
    }

    /// `(` `)` `[` `]`, which Chinese text typed with a half-width input mode uses for （）.
    private static func isASCIIBracket(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "(" || scalar == ")" || scalar == "[" || scalar == "]"
    }
}
