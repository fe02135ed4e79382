/// A position in a numbered list (1-based), offered to templates in every numeral style a house style may want, so
/// that the numbering format lives in the templates: `{{number.hanzi}}、` gives 一、, `（{{number.arabic}}）` gives （1）.
struct Numeral: Hashable, Sendable, CustomStringConvertible, TemplateContext {
    let value: Int

    init(_ value: Int) {
        precondition(value >= 1, "numbering starts at 1")
        self.value = value
    }

    /// 1, 2, 3 …
    var arabic: String { String(value) }

    /// Chinese numerals as GB/T 9704 uses them: 一 … 十, 十一, 二十一, 一百零一.
    var hanzi: String { Self.hanzi(value) }

    /// a, b, … z, aa, ab …
    var latin: String {
        var n = value, letters: [Character] = []
        while n > 0 {
            n -= 1
            letters.insert(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(n % 26))), at: 0)
            n /= 26
        }
        return String(letters)
    }

    /// i, ii, iii, iv …
    var roman: String {
        let table: [(Int, String)] = [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ]
        var n = value, result = ""
        for (amount, letters) in table {
            while n >= amount { result += letters; n -= amount }
        }
        return result
    }

    var description: String { arabic }

    /// `{{number}}` alone renders as the arabic figure.
    var renderText: String { arabic }

    static let owner = "the number"
    static let fields: [String: @Sendable (Self) -> Any] = [
        "arabic": { TemplateValue($0.arabic) },
        "hanzi": { TemplateValue($0.hanzi) },
        "latin": { TemplateValue($0.latin) },
        "roman": { TemplateValue($0.roman) },
        "isFirst": { $0.value == 1 },
    ]

    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    private static func hanzi(_ n: Int) -> String {
        switch n {
        case 0..<10: return digits[n]
        case 10..<20: return "十" + (n == 10 ? "" : digits[n % 10])
        case 20..<100: return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10])
        case 100..<1000:
            let rest = n % 100
            let tail = rest == 0 ? "" : rest < 10 ? "零" + digits[rest] : rest < 20 ? "一" + hanzi(rest) : hanzi(rest)
            return digits[n / 100] + "百" + tail
        default: return String(n)
        }
    }
}
