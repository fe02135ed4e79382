/// Breaks a paragraph into lines no wider than a number of display columns, by the rules of Chinese and Latin text:
///
/// - Latin words break only at spaces (a word longer than a whole line is cut, as a last resort).
/// - Chinese text may break between any two characters, and between a Chinese character and a Latin word,
///   except that no line starts with closing punctuation (，。、；：？！）」』 and their ASCII forms) and no line ends
///   with opening punctuation (（「『“ …), the line-start and line-end rules of GB/T 15834 and every CJK typesetter.
/// - The space at a break is dropped; continuation lines start flush left (回行顶格), after `prefix` only.
struct LineWrapper {
    /// The widest a line may be, in display columns (a Chinese character is two).
    var width: Int

    /// Characters that never start a line.
    static let closing: Set<Character> = Set("，。、；：？！）」』》〉】〕｝〗〙〛”’…—·．,.;:?!)]}%‰・ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
    /// Characters that never end a line.
    static let opening: Set<Character> = Set("（「『《〈【〔｛〖〘〚“‘([{")

    /// The lines of `text`: the first starts with `firstPrefix`, the others with `prefix`. Both count towards `width`.
    func wrap(_ text: String, firstPrefix: String = "", prefix: String = "") -> [String] {
        let segments = Self.segments(of: text)
        var lines: [String] = []
        var line = firstPrefix
        var lineWidth = DisplayWidth.of(firstPrefix)
        var lineHasText = false
        let prefixWidth = DisplayWidth.of(prefix)

        func finishLine() {
            lines.append(line)
            line = prefix
            lineWidth = prefixWidth
            lineHasText = false
        }

        for segment in segments {
            let gap = lineHasText && segment.spaceBefore ? 1 : 0
            if lineHasText && lineWidth + gap + segment.width > width {
                finishLine()
            }
            if lineHasText && segment.spaceBefore {
                line += " "
                lineWidth += 1
            }
            if segment.width <= width - lineWidth {
                line += segment.text
                lineWidth += segment.width
                lineHasText = true
                continue
            }
            // Longer than a whole line: cut it character by character, the only way to stay within the width.
            for character in segment.text {
                let characterWidth = DisplayWidth.of(character)
                if lineHasText && lineWidth + characterWidth > width { finishLine() }
                line.append(character)
                lineWidth += characterWidth
                lineHasText = true
            }
        }
        if lineHasText || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A piece of text that must stay on one line, and whether a space separated it from the previous one.
    struct Segment: Equatable {
        var text: String
        var width: Int
        var spaceBefore: Bool
    }

    /// Splits text at its break opportunities. Spaces at the start and end go; runs of spaces count as one.
    static func segments(of text: String) -> [Segment] {
        var segments: [Segment] = []
        var current = ""
        var currentFollowsSpace = false
        var sawSpace = false
        var previous: Character?
        for character in text {
            if character == " " {
                sawSpace = true
                continue
            }
            if let previous {
                let breaksHere = sawSpace
                    ? !closing.contains(character) && !opening.contains(previous)
                    : canBreak(between: previous, and: character)
                if breaksHere {
                    segments.append(Segment(text: current, width: DisplayWidth.of(current), spaceBefore: currentFollowsSpace))
                    current = ""
                    currentFollowsSpace = sawSpace
                } else if sawSpace {
                    current.append(" ")
                }
            }
            sawSpace = false
            current.append(character)
            previous = character
        }
        if !current.isEmpty {
            segments.append(Segment(text: current, width: DisplayWidth.of(current), spaceBefore: currentFollowsSpace))
        }
        return segments
    }

    /// A break without a space: allowed next to a Chinese character, unless punctuation forbids it.
    static func canBreak(between previous: Character, and next: Character) -> Bool {
        if closing.contains(next) || opening.contains(previous) { return false }
        return isWide(previous) || isWide(next)
    }

    private static func isWide(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(CJK.isWide) ?? false
    }
}
