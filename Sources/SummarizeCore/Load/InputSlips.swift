import Foundation

/// The slips of a Chinese input method, found in one pass over a data file's lines before YAML reads it: YAML
/// would take them for text, or complain a line later in words that say nothing of the real cause.
///
/// - A full-width colon after a key (`title：舉辦…`, `- title：…`, `{name：…}`): an error at the colon.
/// - No space after a key's colon (`title:舉辦…`): YAML reads the whole line as one text. An error at the colon,
///   only for the words that are keys of the data format (in English or Chinese, see ``KeyAliases``), so that
///   `http://…` or `比例:3` in a text is never taken for one. A Chinese key name is also a word of running text
///   (`- 說明：本表數據截至6月底` is a fine point), so it counts as a slipped key only where a text cannot stand: on
///   a line without `- `, inside `{…}`, or with nothing after the colon.
/// - A full-width space (U+3000) or another non-ASCII space in the indentation, before a `- ` or a key: an error
///   at the first such space. (A full-width space that indents a paragraph of text is text, and left alone.)
/// - Half-width `,` `;` `:` `(` `)` between Chinese characters, which print cramped in justified lines: one
///   warning per file, with the count, at the first place.
///
/// The same pass counts the characters that tell Traditional from Simplified Chinese (``ChineseScript``).
/// Comments are skipped, and so are the insides of `|` and `>` blocks and quoted texts where keys are concerned;
/// the pass is linear in the text and looks at each byte once or twice.
struct InputSlips: Sendable {
    /// The errors, in line order.
    var errors: [Diagnostic] = []
    /// The line of the first error, from which on a YAML syntax error is most likely its consequence.
    var firstErrorLine: Int? { errors.first?.location?.line }
    /// The half-width punctuation between Chinese characters, if any.
    var halfWidthPunctuation: (count: Int, first: SourceLocation, character: Character)?
    var script = ChineseScript()

    /// The warnings: the half-width punctuation, once.
    var warnings: [Diagnostic] {
        guard let (count, first, character) = halfWidthPunctuation else { return [] }
        let places = count == 1 ? "a half-width '\(character)' between Chinese characters"
            : "half-width punctuation between Chinese characters in \(count.formatted) places, the first here ('\(character)')"
        return [Diagnostic(
            .warning, at: first, "\(places); it prints cramped in justified lines",
            hint: "type the full-width ，；：（） instead (the input method's Chinese punctuation mode, often Ctrl+.), or replace them in your editor")]
    }

    /// Every spelling of every key of the data format.
    static let keyWords: Set<String> = {
        let keys = ReportReader.topLevelKeys + ReportReader.sectionBlockKeys + ReportReader.entryKeys
            + ReportReader.metricKeys + ReportReader.reviewKeys + ReportReader.emailKeys
        return Set(KeyAliases.spellings(of: keys))
    }()

    static func scan(_ text: String, file: String) -> InputSlips {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes, file: file)
            scanner.run()
            return scanner.slips
        }
    }
}

/// The pass itself, over the UTF-8 bytes.
private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var slips = InputSlips()

    /// The line being read (1-based) and where it starts.
    private var line = 0
    private var lineStart = 0
    private var lineEnd = 0
    /// Where the line's indentation ends, before any `- `.
    private var indentEnd = 0
    /// Inside a `|` or `>` block: the indentation its lines must exceed.
    private var blockIndent: Int?
    /// Inside a quoted text that goes on over lines: its quote mark.
    private var openQuote: UInt8?

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    mutating func run() {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while start < bytes.count {
            let end = memchr(base + start, 0x0A, bytes.count - start).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base }
                ?? bytes.count
            line += 1
            lineStart = start
            lineEnd = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
            scanLine()
            start = end + 1
        }
    }

    // MARK: One line

    private mutating func scanLine() {
        // The indentation: ASCII spaces (which YAML counts) and any other blank, which it does not.
        var index = lineStart
        var indent = 0
        var foreignSpace: (index: Int, scalar: Unicode.Scalar)?
        while index < lineEnd {
            if bytes[index] == 0x20 || bytes[index] == 0x09 {
                if foreignSpace == nil { indent += 1 }
                index += 1
            } else if let (scalar, length) = foreignBlank(at: index) {
                if foreignSpace == nil { foreignSpace = (index, scalar) }
                index += length
            } else {
                break
            }
        }
        if index == lineEnd { return }  // a blank line, in a block or not
        indentEnd = index
        if let limit = blockIndent {
            if indent > limit {
                countText(from: index, to: lineEnd)
                return
            }
            blockIndent = nil
        }
        if let quote = openQuote {
            let close = closingQuote(quote, from: index)
            countText(from: index, to: close ?? lineEnd)
            if close != nil { openQuote = nil }
            return
        }
        if bytes[index] == UInt8(ascii: "#") { return }

        // `- ` markers, possibly several (`- - a`), and a non-ASCII blank after one.
        var content = index
        while content < lineEnd && bytes[content] == UInt8(ascii: "-") {
            let next = content + 1
            if next == lineEnd || bytes[next] == 0x20 || bytes[next] == 0x09 {
                content = next
                while content < lineEnd && (bytes[content] == 0x20 || bytes[content] == 0x09) { content += 1 }
            } else if let (scalar, _) = foreignBlank(at: next) {
                if foreignSpace == nil { foreignSpace = (next, scalar) }
                break
            } else {
                break
            }
        }
        if let (spaceIndex, scalar) = foreignSpace, isStructure(at: content) || content > index {
            reportForeignSpace(scalar, at: spaceIndex)
            return
        }
        scanNode(from: content)
    }

    /// What follows the indentation and the `- `: a key and its value, a flow collection, a quoted text or a
    /// plain one.
    private mutating func scanNode(from start: Int) {
        guard start < lineEnd else { return }
        switch bytes[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            scanQuoted(from: start)
            return
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            scanFlow(from: start)
            return
        case UInt8(ascii: "#"):
            return
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            scanValue(from: start, keyColumnIndex: indentEnd)
            return
        default:
            break
        }
        guard let (word, colon, isFullWidth) = keyCandidate(at: start) else {
            countPlain(from: start)
            return
        }
        let after = colon + (isFullWidth ? 3 : 1)
        let spaced = after >= lineEnd || bytes[after] == 0x20 || bytes[after] == 0x09
        if !isFullWidth && spaced {
            countText(from: start, to: colon)
            scanValue(from: after, keyColumnIndex: start)
            return
        }
        let textMayStandHere = start > indentEnd && !isBlank(from: after, to: lineEnd)
        guard isSlippedKey(word, textMayStandHere: textMayStandHere) else {
            countPlain(from: start)
            return
        }
        reportKeySlip(word, colon: colon, isFullWidth: isFullWidth, value: after)
        countText(from: start, to: colon)
        countPlain(from: after)
    }

    /// Whether a word before a slipped colon is a key: a key of the data format, and for a Chinese key name only
    /// where no text could stand.
    private func isSlippedKey(_ word: String, textMayStandHere: Bool) -> Bool {
        guard InputSlips.keyWords.contains(word) else { return false }
        return !textMayStandHere || word.utf8.allSatisfy { $0 < 0x80 }
    }

    private func isBlank(from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            if bytes[index] == UInt8(ascii: "#") && (index == start || bytes[index - 1] == 0x20) { return true }
            if bytes[index] != 0x20 && bytes[index] != 0x09 { return false }
            index += 1
        }
        return true
    }

    /// The value after `key: `: a block, a quoted text, a flow collection, or plain text.
    private mutating func scanValue(from start: Int, keyColumnIndex: Int) {
        var index = start
        while index < lineEnd && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
        guard index < lineEnd else { return }
        switch bytes[index] {
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            var end = index + 1
            while end < lineEnd, bytes[end] == UInt8(ascii: "+") || bytes[end] == UInt8(ascii: "-")
                    || (0x31...0x39).contains(bytes[end]) { end += 1 }
            while end < lineEnd && (bytes[end] == 0x20 || bytes[end] == 0x09) { end += 1 }
            if end == lineEnd || bytes[end] == UInt8(ascii: "#") {
                blockIndent = scalarCount(from: lineStart, to: keyColumnIndex)
                return
            }
            countPlain(from: index)
        case UInt8(ascii: "\""), UInt8(ascii: "'"): scanQuoted(from: index)
        case UInt8(ascii: "{"), UInt8(ascii: "["): scanFlow(from: index)
        case UInt8(ascii: "#"): return
        default: countPlain(from: index)
        }
    }

    /// A quoted text from its opening mark; if it is not closed on this line, the next lines are its text.
    private mutating func scanQuoted(from start: Int) {
        let quote = bytes[start]
        let close = closingQuote(quote, from: start + 1)
        countText(from: start + 1, to: close ?? lineEnd)
        if close == nil { openQuote = quote }
    }

    /// A flow collection on one line (`{name: 發放, value: 1200}`, `[甲, 乙]`): keys after `{`, `[` and `,`.
    private mutating func scanFlow(from start: Int) {
        var index = start
        var expectsNode = true
        var openers: [UInt8] = []
        while index < lineEnd {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: ",") {
                if byte != UInt8(ascii: ",") { openers.append(byte) }
                expectsNode = true
                index += 1
                continue
            }
            if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                _ = openers.popLast()
                index += 1
                continue
            }
            if byte == 0x20 || byte == 0x09 { index += 1; continue }
            if byte == UInt8(ascii: "#") && index > start && (bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09) { return }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard let close = closingQuote(byte, from: index + 1) else {
                    countText(from: index + 1, to: lineEnd)
                    return
                }
                countText(from: index + 1, to: close)
                index = close + 1
                expectsNode = false
                continue
            }
            // A node: a key (perhaps slipped) or a plain text, up to the next , ] } outside it.
            var end = index
            while end < lineEnd && bytes[end] != UInt8(ascii: ",") && bytes[end] != UInt8(ascii: "}")
                    && bytes[end] != UInt8(ascii: "]") && bytes[end] != UInt8(ascii: "{") && bytes[end] != UInt8(ascii: "[") {
                end += 1
            }
            if expectsNode, let (word, colon, isFullWidth) = keyCandidate(at: index, end: end) {
                let after = colon + (isFullWidth ? 3 : 1)
                let spaced = after >= end || bytes[after] == 0x20 || bytes[after] == 0x09
                if isFullWidth || !spaced,
                   isSlippedKey(word, textMayStandHere: openers.last != UInt8(ascii: "{") && !isBlank(from: after, to: end)) {
                    reportKeySlip(word, colon: colon, isFullWidth: isFullWidth, value: after, end: end)
                    countText(from: index, to: colon)
                    countText(from: after, to: end)
                } else {
                    countText(from: index, to: end)
                }
            } else {
                countText(from: index, to: end)
            }
            expectsNode = false
            index = end
        }
    }

    // MARK: Pieces

    /// A word at `start` followed by `:` or `：`: the word, the colon's index and whether it is full-width. A word
    /// has no blanks, quotes or flow marks, as keys of the data format never do.
    private func keyCandidate(at start: Int, end: Int? = nil) -> (word: String, colon: Int, isFullWidth: Bool)? {
        // No key of the data format is longer than this; a line of text is not read to its end for one.
        let end = min(end ?? lineEnd, start + 48)
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") {
                return index > start ? (word(start, index), index, false) : nil
            }
            if byte == 0xEF && index + 2 < end && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x9A {
                return index > start ? (word(start, index), index, true) : nil
            }
            if byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "{")
                || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Whether a `- ` or a key starts at `index`: what a blank in front of it must be indentation for.
    private func isStructure(at index: Int) -> Bool {
        guard index < lineEnd else { return false }
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "#") { return true }
        guard let (word, colon, isFullWidth) = keyCandidate(at: index) else { return false }
        let after = colon + (isFullWidth ? 3 : 1)
        if word.utf8.allSatisfy({ $0 == UInt8(ascii: "_") || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0 & 0xDF) }) {
            return true
        }
        // A Chinese word and a colon is a key only if YAML would read it as one, or nothing follows it.
        let spaced = after >= lineEnd || bytes[after] == 0x20 || bytes[after] == 0x09
        return InputSlips.keyWords.contains(word) && ((!isFullWidth && spaced) || isBlank(from: after, to: lineEnd))
    }

    private func word(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The index of the closing quote mark, if it is on this line (`\"` in double quotes and `''` in single ones
    /// do not close).
    private func closingQuote(_ quote: UInt8, from start: Int) -> Int? {
        var index = start
        while index < lineEnd {
            let byte = bytes[index]
            if quote == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == quote {
                if quote == UInt8(ascii: "'") && index + 1 < lineEnd && bytes[index + 1] == quote {
                    index += 2
                    continue
                }
                return index
            }
            index += 1
        }
        return nil
    }

    /// A blank other than the ASCII space and tab (U+3000, U+00A0, U+2000–U+200A, U+202F, U+205F, U+FEFF).
    private func foreignBlank(at index: Int) -> (Unicode.Scalar, Int)? {
        let byte = bytes[index]
        guard byte >= 0xC2, let (scalar, length) = decode(at: index) else { return nil }
        switch scalar.value {
        case 0x3000, 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0xFEFF: return (scalar, length)
        default: return nil
        }
    }

    /// A plain text to the end of the line or its comment (` #`).
    private mutating func countPlain(from start: Int) {
        countText(from: start, to: lineEnd, stoppingAtComment: true)
    }

    /// Counts the script of each Chinese character and each half-width , ; : ( ) between two Chinese characters.
    /// Only the Han characters (three bytes from E4 to E9) are decoded, and the neighbours of such punctuation.
    private mutating func countText(from start: Int, to end: Int, stoppingAtComment: Bool = false) {
        var index = start
        var previousStart = -1
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if stoppingAtComment && byte == UInt8(ascii: "#") && index > start
                    && (bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09) {
                    return
                }
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
                    || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")"),
                   previousStart >= 0, let (before, _) = decode(at: previousStart), CJK.isWide(before), index + 1 < end,
                   let (after, _) = decode(at: index + 1), CJK.isWide(after) {
                    notePunctuation(Character(Unicode.Scalar(byte)), at: index)
                }
                previousStart = index
                index += 1
                continue
            }
            if byte >= 0xE4 && byte <= 0xE9 && index + 2 < bytes.count && slips.script.wantsMore {
                let value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                if slips.script.count(value) {
                    let place = location(of: index)
                    slips.script.noteFirst(value, at: place)
                }
            }
            previousStart = index
            index += byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        }
    }

    private mutating func notePunctuation(_ character: Character, at index: Int) {
        if let found = slips.halfWidthPunctuation {
            slips.halfWidthPunctuation = (found.count + 1, found.first, found.character)
        } else {
            slips.halfWidthPunctuation = (1, location(of: index), character)
        }
    }

    // MARK: Messages

    private mutating func reportKeySlip(_ word: String, colon: Int, isFullWidth: Bool, value: Int, end: Int? = nil) {
        let rest = excerpt(from: value, to: end ?? lineEnd)
        let written = "\(word)\(isFullWidth ? "：" : ":")\(rest)"
        if isFullWidth {
            slips.errors.append(Diagnostic(
                at: location(of: colon), "a full-width colon '：' after the key '\(word)'; YAML needs the half-width ':' and a space",
                hint: "write  \(word): \(rest)  (switch the input method to half-width, or English, for the colon)"))
        } else {
            slips.errors.append(Diagnostic(
                at: location(of: colon), "no space after the colon of '\(word)'; without it, '\(written)' is read as one text",
                hint: "put a space after the colon:  \(word): \(rest)"))
        }
    }

    private mutating func reportForeignSpace(_ scalar: Unicode.Scalar, at index: Int) {
        let name = switch scalar.value {
        case 0x3000: "a full-width space (U+3000)"
        case 0x00A0: "a no-break space (U+00A0)"
        default: "a non-ASCII space (U+\(String(scalar.value, radix: 16, uppercase: true)))"
        }
        slips.errors.append(Diagnostic(
            at: location(of: index), "\(name) in the indentation; YAML indents with ordinary spaces only",
            hint: "replace it with ordinary spaces (two per level, typed in half-width mode), so that the line lines up with the ones above"))
    }

    /// The start of the value for a hint: a dozen characters, "…" if there are more.
    private func excerpt(from start: Int, to limit: Int) -> String {
        var index = start
        while index < limit && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
        var end = index, count = 0
        while end < limit && count < 12 {
            if bytes[end] == UInt8(ascii: "#") && end > index && bytes[end - 1] == 0x20 { break }
            end += (decode(at: end)?.1 ?? 1)
            count += 1
        }
        let text = word(index, end).trimmingTrailingBlanks
        return end < limit && count == 12 ? text + "…" : text
    }

    private func location(of index: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: scalarCount(from: lineStart, to: index) + 1)
    }

    /// The number of scalars between two byte indices of the line (the unit of columns).
    private func scalarCount(from start: Int, to end: Int) -> Int {
        var count = 0
        for index in start..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private func decode(at index: Int) -> (Unicode.Scalar, Int)? {
        let byte = bytes[index]
        let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        guard index + length <= bytes.count else { return nil }
        var value = length == 1 ? UInt32(byte) : UInt32(byte) & (0xFF >> (length + 1))
        for offset in 1..<max(length, 1) where length > 1 {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }
}

private extension String {
    var trimmingTrailingBlanks: String {
        var scalars = unicodeScalars[...]
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
