@_spi(Stages) @testable import SummarizeCore

/// The plain implementation of ``PlainText``, kept as the specification the optimized one must match: simple and
/// obviously right (scalar by scalar), but it copied every value several times. Its rules are the current ones
/// (``CJK/needsSpace(between:and:)``, trimming by scalar); only its speed differs.
enum ReferencePlainText {
    typealias Style = PlainText.Style

    static func normalize(_ raw: String, style: Style) -> String {
        let cleaned = clean(raw)
        let lines = cleaned.split(separator: "\n", omittingEmptySubsequences: false).map(trimmed)
        var paragraphs: [[Substring]] = [[]]
        for line in lines {
            if line.isEmpty {
                if !(paragraphs.last!.isEmpty) { paragraphs.append([]) }
            } else if style == .folded && !(paragraphs.last!.isEmpty) {
                paragraphs.append([line])
            } else {
                paragraphs[paragraphs.count - 1].append(line)
            }
        }
        return paragraphs
            .filter { !$0.isEmpty }
            .map { lines in
                let joined = join(lines)
                return style == .folded ? removingFoldedSpaces(joined) : joined
            }
            .joined(separator: "\n\n")
    }

    /// One line of text for a heading or a table cell: paragraphs are joined like lines.
    static func singleLine(_ text: String) -> String {
        join(text.split(separator: "\n", omittingEmptySubsequences: true))
    }

    /// Joins the lines of one paragraph, with a space only where one belongs.
    static func join(_ lines: [Substring]) -> String {
        var result = ""
        for line in lines {
            if let last = result.unicodeScalars.last, let first = line.unicodeScalars.first,
               CJK.needsSpace(between: last, and: first) {
                result += " "
            }
            result += line
        }
        return result
    }

    private static func clean(_ raw: String) -> String {
        let scalars = Array(raw.unicodeScalars)
        var result = String.UnicodeScalarView()
        var base: Unicode.Scalar?
        var mayTakeSelector = false
        for (index, scalar) in scalars.enumerated() {
            let isEmoji = { (scalar: Unicode.Scalar?) in scalar.map { $0.value >= 0x80 && $0.properties.isEmoji } ?? false }
            switch scalar.value {
            case 0x0A where index > 0 && scalars[index - 1] == "\r": continue
            case 0x0A, 0x0D, 0x2028, 0x85: result.append("\n"); base = nil; mayTakeSelector = false
            case 0x2029: result.append(contentsOf: "\n\n".unicodeScalars); base = nil; mayTakeSelector = false
            case 0x09: result.append(" "); base = nil; mayTakeSelector = false
            case 0x00...0x1F, 0x7F...0x9F: continue
            case 0x200D where isEmoji(base) && isEmoji(index + 1 < scalars.count ? scalars[index + 1] : nil):
                result.append(scalar)
                mayTakeSelector = false
            case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x180B...0x180D, 0x180F:
                if mayTakeSelector { result.append(scalar) }
                mayTakeSelector = false
            case _ where scalar.properties.isDefaultIgnorableCodePoint, 0xFFF9...0xFFFB:
                continue
            default:
                result.append(scalar)
                base = scalar.properties.isWhitespace ? nil : scalar
                mayTakeSelector = base != nil
            }
        }
        return String(result)
    }

    private static func trimmed(_ line: Substring) -> Substring {
        let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\u{3000}" || $0 == "\u{A0}" }
        let scalars = line.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isBlank($0) })!
        return Substring(scalars[start...end])
    }

    private static func removingFoldedSpaces(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(" ") else { return text }
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == " ", index > 0, index + 1 < scalars.count,
               !CJK.needsSpace(between: scalars[index - 1], and: scalars[index + 1]) {
                continue
            }
            result.append(scalar)
        }
        return String(result)
    }
}

/// The first implementation of ``MarkdownText/escape(_:)``, kept as the specification of the optimized one.
enum ReferenceMarkdownText {
    static func escape(_ text: String) -> String {
        var output = [UInt8]()
        var atLineStart = true
        for byte in text.utf8 {
            if atLineStart && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) { continue }
            atLineStart = byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
            if byte < 0x80 && (Character(Unicode.Scalar(byte)).isPunctuation || Character(Unicode.Scalar(byte)).isSymbol) {
                output.append(UInt8(ascii: "\\"))
            }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
