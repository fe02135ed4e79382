import Foundation

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
enum PlainText {
    /// How the YAML scalar was written, which decides what a line break means.
    enum Style: Sendable {
        /// `|` blocks: the text keeps its line breaks, a blank line separates paragraphs.
        case literal
        /// Everything else: YAML has already folded the lines.
        case folded
    }

    static func normalize(_ raw: String, style: Style) -> String {
        if isAlreadyNormal(raw, style: style) { return ownCopy(of: raw) }
        let cleaned = clean(raw)
        let lines = lines(of: cleaned, omittingEmpty: false).map(trimmed)
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
        join(lines(of: text, omittingEmpty: true))
    }

    /// The lines of a text, split at each line feed. A line feed is a grapheme cluster of its own (Unicode breaks
    /// before and after LF) except in CR LF, so in text without CR, splitting the scalars gives exactly the lines
    /// that splitting the Characters would, without the cost of finding grapheme boundaries in every line.
    private static func lines(of text: String, omittingEmpty: Bool) -> [Substring] {
        guard contains(UInt8(ascii: "\n"), in: text) else { return text.isEmpty && omittingEmpty ? [] : [text[...]] }
        if contains(UInt8(ascii: "\r"), in: text) {
            return text.split(separator: "\n", omittingEmptySubsequences: omittingEmpty)
        }
        return text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: omittingEmpty).map(Substring.init)
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
        guard needsCleaning(raw) else { return raw }
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

    /// The same text in storage of its own, a plain copy of the bytes.
    ///
    /// Not sharing the parsed value's storage matters for memory: the YAML node tree is freed once it is read, and
    /// strings kept from inside it would pin its pages (glibc cannot return a page that still holds one live
    /// string), which at 100,000 items raised the peak by 30 MiB. `reserveCapacity` on storage that is not uniquely
    /// referenced always makes a new, unique copy.
    private static func ownCopy(of text: String) -> String {
        var copy = text
        copy.reserveCapacity(text.utf8.count)
        return copy
    }

    /// Whether ``normalize(_:style:)`` would return the text unchanged because it is one line with nothing to clean,
    /// no blank at either end and (folded) no space: most values, which then need no splitting into lines and
    /// joining again.
    private static func isAlreadyNormal(_ text: String, style: Style) -> Bool {
        let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\u{3000}" || $0 == "\u{A0}" }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, !isBlank(first), !isBlank(last),
              !contains(UInt8(ascii: "\n"), in: text), style == .literal || !contains(UInt8(ascii: " "), in: text)
        else { return false }
        return !needsCleaning(text)
    }

    /// Whether ``clean(_:)`` would change anything: one pass over the UTF-8 bytes looking for the encodings of the
    /// scalars it replaces or drops. Almost no typed text has any, and then it is returned as it is, uncopied.
    private static func needsCleaning(_ text: String) -> Bool {
        withUTF8(of: text) { bytes in
            /// Whether the byte at `index` begins something that clean() replaces or drops.
            func needsCleaning(at index: Int) -> Bool {
                let byte = bytes[index]
                if (0x20..<0x7F).contains(byte) || byte == 0x0A { return false }  // printable ASCII, line feed
                if byte < 0x80 { return true }                                    // other controls, DEL
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                switch (byte, next, third) {
                case (0xC2, 0x80...0x9F, _): return true              // U+0080–U+009F
                case (0xE2, 0x80, 0x8E...0x8F): return true           // U+200E, U+200F
                case (0xE2, 0x80, 0xA8...0xAE): return true           // U+2028–U+202E
                case (0xE2, 0x81, 0xA6...0xA9): return true           // U+2066–U+2069
                case (0xEF, 0xBB, 0xBF): return true                  // U+FEFF
                default: return false
                }
            }
            // Eight bytes at a time: only a word holding a control character, DEL or one of the lead bytes C2, E2
            // and EF (Chinese text is mostly E3–E9) needs a closer look.
            var index = 0
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while index + 8 <= bytes.count {
                    let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if Word.hasByte(below: 0x20, in: word) || Word.hasByte(0x7F, in: word) || Word.hasByte(0xC2, in: word)
                        || Word.hasByte(0xE2, in: word) || Word.hasByte(0xEF, in: word) {
                        for offset in index..<index + 8 where needsCleaning(at: offset) { return true }
                    }
                    index += 8
                }
            }
            while index < bytes.count {
                if needsCleaning(at: index) { return true }
                index += 1
            }
            return false
        }
    }

    /// Byte tests on eight bytes at once (the classic bit tricks; exact as to whether any byte matches).
    private enum Word {
        static let ones: UInt64 = 0x0101_0101_0101_0101
        static let highs: UInt64 = 0x8080_8080_8080_8080

        /// Some byte of `word` is less than `limit` (at most 0x80).
        static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
            (word &- ones &* UInt64(limit)) & ~word & highs != 0
        }

        /// Some byte of `word` equals `byte`.
        static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
            let difference = word ^ (ones &* UInt64(byte))
            return (difference &- ones) & ~difference & highs != 0
        }
    }

    /// Whether the text's UTF-8 holds the byte (an ASCII character); memchr over the string's own storage.
    private static func contains(_ byte: UInt8, in text: String) -> Bool {
        withUTF8(of: text) { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Runs `body` over the UTF-8 bytes of a text, without copying them when the string is native (always, here).
    private static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Without blanks at either end. Scalars, not characters: a space followed by a combining mark is one
    /// character, but CommonMark still strips the space, so the text must not keep it either.
    private static func trimmed(_ line: Substring) -> Substring {
        let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\u{3000}" || $0 == "\u{A0}" }
        let scalars = line.unicodeScalars
        // Most lines neither start nor end with a blank; then there is nothing to trim.
        if let first = scalars.first, let last = scalars.last, !isBlank(first), !isBlank(last) { return line }
        guard let start = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isBlank($0) })!
        return Substring(scalars[start...end])
    }

    /// Drops each space that ``CJK/needsSpace(between:and:)`` says does not belong, judging by the scalars on
    /// either side in the original text. One pass; the kept runs are copied whole.
    private static func removingFoldedSpaces(_ text: String) -> String {
        guard contains(UInt8(ascii: " "), in: text) else { return text }
        let scalars = text.unicodeScalars
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var keptFrom = scalars.startIndex
        var previous: Unicode.Scalar?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == " ", let before = previous, next < scalars.endIndex {
                let after = scalars[next]
                if !CJK.needsSpace(between: before, and: after) {
                    result.append(contentsOf: Substring(scalars[keptFrom..<index]))
                    keptFrom = next
                }
            }
            previous = scalar
            index = next
        }
        result.append(contentsOf: Substring(scalars[keptFrom...]))
        return result
    }
}
