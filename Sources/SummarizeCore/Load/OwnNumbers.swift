/// Points that carry a number of their own, typed by a person used to numbering by hand: the report adds the
/// numbers itself, so `title: 一、開展科普宣傳` prints as （一）一、開展科普宣傳.
///
/// A title that begins with a number (一、 （一） (一) 1、 1. （1） ① ⑴ ㈠ …) is warned about. A text may rightly
/// begin with one, (1) or 一是 (a list inside the text), so a point without a title is warned about only where its
/// number is the one the report gives it, and only in a list where that happens past the first point (the second
/// point starting with 2、 or （二）).
enum OwnNumbers {
    /// The number a text begins with: as written (`一、`) and its value.
    static func leading(in text: String) -> (written: String, value: Int)? {
        guard let first = text.unicodeScalars.first, mayStartANumber(first) else { return nil }
        let scalars = Array(text.unicodeScalars.prefix(8))
        // ① … ⑳, ⑴ … ⒇, ⒈ … ⒛, ㈠ … ㈩
        for (range, start) in [(0x2460...0x2473, 0x2460), (0x2474...0x2487, 0x2474), (0x2488...0x249B, 0x2488), (0x3220...0x3229, 0x3220)]
        where range.contains(Int(first.value)) {
            return (String(first), Int(first.value) - start + 1)
        }
        // （一） (一) （1） (1)
        if first == "（" || first == "(" {
            let close: Unicode.Scalar = first == "（" ? "）" : ")"
            guard let end = scalars.firstIndex(where: { $0 == close || $0 == "）" || $0 == ")" }), end > 1,
                  let value = number(scalars[1..<end])
            else { return nil }
            return (String(String.UnicodeScalarView(scalars[...end])), value)
        }
        // 一、 1、 1. 1．(not 1.5) 1)
        var end = 0
        while end < scalars.count, digitValue(scalars[end]) != nil || hanziValue(scalars[end]) != nil { end += 1 }
        guard end > 0, end <= 3, end < scalars.count, let value = number(scalars[0..<end]) else { return nil }
        let mark = scalars[end]
        let isArabic = digitValue(scalars[0]) != nil
        switch mark {
        case "、": break
        case ".", "．":
            if end + 1 < scalars.count, digitValue(scalars[end + 1]) != nil { return nil }  // 1.5萬
        case ")", "）":
            guard isArabic else { return nil }
        default: return nil
        }
        return (String(String.UnicodeScalarView(scalars[...end])), value)
    }

    /// Whether a number of any form may start with this character (most texts are rejected by it at once).
    static func mayStartANumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0xFF10...0xFF19, 0x28, 0xFF08, 0x2460...0x249B, 0x3220...0x3229: true
        default: hanziValues[scalar] != nil
        }
    }

    /// Digits (ASCII or full-width) or a Chinese numeral up to 九十九.
    private static func number(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !scalars.isEmpty else { return nil }
        if scalars.allSatisfy({ digitValue($0) != nil }) {
            return scalars.count <= 3 ? scalars.reduce(0) { $0 * 10 + digitValue($1)! } : nil
        }
        let values = scalars.map(hanziValue)
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        let digits = values.map { $0! }
        switch digits.count {
        case 1: return digits[0]
        case 2 where digits[0] == 10 && digits[1] < 10: return 10 + digits[1]          // 十一
        case 2 where digits[1] == 10 && digits[0] < 10: return digits[0] * 10          // 二十
        case 3 where digits[1] == 10 && digits[0] < 10 && digits[2] < 10: return digits[0] * 10 + digits[2]  // 二十一
        default: return nil
        }
    }

    private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }

    private static let hanziValues: [Unicode.Scalar: Int] = Dictionary(
        uniqueKeysWithValues: "〇一二三四五六七八九十".unicodeScalars.enumerated().map { ($1, $0) })

    private static func hanziValue(_ scalar: Unicode.Scalar) -> Int? {
        hanziValues[scalar]
    }

    /// How the report numbers the `position`-th point (1-based) at a level: （一） at level 2, 1. at 3, （1） at 4.
    static func number(_ position: Int, level: Int) -> String {
        switch level {
        case 2: "（\(Numeral(position).hanzi)）"
        case 3: "\(position)."
        default: "（\(position)）"
        }
    }
}

extension ReportReader {
    static let titleSpellings = Set(KeyAliases.spellings(of: ["title"]))
    static let textSpellings = Set(KeyAliases.spellings(of: ["text"]))

    /// Warns about the points of a numbered list that number themselves (see ``OwnNumbers``).
    mutating func checkOwnNumbers(_ elements: [YAMLNode], level: Int) {
        var candidates: [(node: YAMLNode, text: String, written: String, position: Int)] = []
        var repeatsPastFirst = false
        for (index, element) in elements.enumerated() {
            let position = index + 1
            let titleNode: YAMLNode?, textNode: YAMLNode?
            switch element {
            case let .scalar(scalar) where scalar.string.unicodeScalars.first.map(OwnNumbers.mayStartANumber) ?? false:
                (titleNode, textNode) = (nil, element)
            case let .mapping(mapping):
                // Only a value that may start with a number is worth finding the key of (most are not).
                let candidates = mapping.pairs.filter { pair in
                    pair.value.scalar?.string.unicodeScalars.first.map(OwnNumbers.mayStartANumber) ?? false
                }
                guard !candidates.isEmpty else { continue }
                titleNode = candidates.first { $0.key.scalar.map { Self.titleSpellings.contains($0.string) } ?? false }?.value
                textNode = mapping.pairs.contains { $0.key.scalar.map { Self.titleSpellings.contains($0.string) } ?? false } ? nil
                    : candidates.first { $0.key.scalar.map { Self.textSpellings.contains($0.string) } ?? false }?.value
            default:
                continue
            }
            if let titleNode, case let .scalar(scalar) = titleNode, let (written, _) = OwnNumbers.leading(in: scalar.string) {
                let title = PlainText.singleLine(PlainText.normalize(scalar.string, style: .folded))
                let rest = String(title.unicodeScalars.dropFirst(written.unicodeScalars.count)).shortened
                let doubled = elements.count > 1 ? ", so it would print as \(OwnNumbers.number(position, level: level))\(title.shortened)" : ""
                reader.report(titleNode, "the title '\(title.shortened)' begins with a number of its own ('\(written)'); the report numbers the points itself\(doubled)",
                              hint: "remove '\(written)' from the title:  title: \(rest)", severity: .warning)
            } else if titleNode == nil, let textNode, case let .scalar(scalar) = textNode,
                      let (written, value) = OwnNumbers.leading(in: scalar.string), value == position {
                candidates.append((textNode, PlainText.singleLine(PlainText.normalize(scalar.string, style: .folded)), written, position))
                if position > 1 { repeatsPastFirst = true }
            }
        }
        guard repeatsPastFirst else { return }
        for candidate in candidates {
            reader.report(candidate.node, "this point begins with '\(candidate.written)', the number the report gives it anyway; it would print as \(OwnNumbers.number(candidate.position, level: level))\(candidate.text.shortened)",
                          hint: "remove '\(candidate.written)' from the start of the text", severity: .warning)
        }
    }
}
