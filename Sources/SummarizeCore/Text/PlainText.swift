/// Turns what a person typed into a YAML value into the tool's canonical plain text: paragraphs separated by one
/// blank line, no other line breaks, no control characters.
///
/// Every output format builds on this form, so the rules for joining lines live here once:
/// - A line break inside a paragraph becomes a space only where ``CJK/needsSpace(between:and:)`` says one belongs:
///   never between Chinese characters, next to Chinese punctuation or between a Chinese character and a digit
///   (資料1200份), so that a wrapped Chinese sentence never shows a gap (browsers render a source newline between
///   Han characters as a space).
/// - YAML folding (plain, quoted and `>` scalars) has already turned single line breaks into spaces and blank lines
///   into line breaks; for those, each remaining line break is a paragraph break, and a space is removed wherever
///   the same rule says none belongs.
/// - Control characters and invisible bidirectional overrides are dropped: they cannot be seen in an editor and can
///   only confuse the reader of the report. Tabs become spaces; a full-width space used to indent a paragraph goes,
///   since the report indents paragraphs itself.
public enum PlainText {
    /// How the YAML scalar was written, which decides what a line break means.
    public enum Style: Sendable {
        /// `|` blocks: the text keeps its line breaks, a blank line separates paragraphs.
        case literal
        /// Everything else: YAML has already folded the lines.
        case folded
    }

    public static func normalize(_ raw: String, style: Style) -> String {
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
    public static func singleLine(_ text: String) -> String {
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
        var result = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in raw.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCarriageReturn: continue
            case 0x0A, 0x0D, 0x2028, 0x85: result.append("\n")
            case 0x2029: result.append(contentsOf: "\n\n".unicodeScalars)
            case 0x09: result.append(" ")
            case 0x00...0x1F, 0x7F...0x9F,            // control characters
                 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069,  // bidi marks, embeddings, overrides, isolates
                 0xFEFF:                             // byte-order mark pasted into the text
                continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Without blanks at either end. Scalars, not characters: a space followed by a combining mark is one
    /// character, but CommonMark still strips the space, so the text must not keep it either.
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
