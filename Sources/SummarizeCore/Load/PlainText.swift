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
/// - Control characters and every invisible character are dropped (see ``isInvisible(_:)``): they cannot be seen in
///   an editor and can only confuse the reader of the report, or hide a payload in it. Tabs become spaces; a
///   full-width space used to indent a paragraph goes, since the report indents paragraphs itself.
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

    /// The text without control and invisible characters, as it is when it needs no change (no copy): for keys,
    /// whose spaces and line breaks are YAML's business.
    static func withoutInvisibles(_ text: String) -> String {
        clean(text)
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
        /// The last visible scalar kept (nil after a blank), and whether a variation selector may follow now.
        var base: Unicode.Scalar?
        var mayTakeSelector = false
        var scalars = raw.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCarriageReturn: continue
            case 0x0A, 0x0D, 0x2028, 0x85: result.append("\n")
            case 0x2029: result.append(contentsOf: "\n\n".unicodeScalars)
            case 0x09: result.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue  // control characters
            case 0x200D where base.map(isEmoji) == true && next.map(isEmoji) == true:
                result.append(scalar)                // joins an emoji sequence: 👩‍💻
                mayTakeSelector = false
                continue
            default:
                if isVariationSelector(scalar) {
                    // One selector right after a visible character picks its glyph (葛󠄀, ❤️); any other is
                    // invisible, and a run of them can carry hidden bytes.
                    if mayTakeSelector { result.append(scalar) }
                    mayTakeSelector = false
                    continue
                }
                if isInvisible(scalar) { continue }
                result.append(scalar)
            }
            base = scalar.properties.isWhitespace ? nil : scalar
            mayTakeSelector = base != nil
        }
        return String(result)
    }

    /// Whether a character is dropped from every text: Unicode's default-ignorable code points (zero-width spaces
    /// and joiners, bidirectional controls U+061C, U+200E/F, U+202A–E, U+2066–9, word joiners U+2060–4, the soft
    /// hyphen, U+180E, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, tag characters U+E0000–E007F, the
    /// byte-order mark) and the interlinear annotation controls U+FFF9–FFFB. Nothing of them shows in an editor,
    /// and all of them survive into the report, the plain text and the email headers. Variation selectors and the
    /// zero-width joiner inside an emoji are decided in context by ``clean(_:)``.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isDefaultIgnorableCodePoint || (0xFFF9...0xFFFB).contains(scalar.value)
    }

    /// U+FE00–FE0F, U+E0100–E01EF and the Mongolian free variation selectors.
    static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x180B...0x180D, 0x180F: true
        default: false
        }
    }

    /// A pictographic emoji or a skin-tone modifier (the ASCII digits, `#` and `*` are "emoji" too, as keycap
    /// bases, but never take part in a joined sequence).
    private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 && scalar.properties.isEmoji
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
                if byte < 0xC2 { return false }                                   // inside a character
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                // A superset of what clean() drops or decides in context (see isInvisible), by lead byte.
                switch byte {
                case 0xC2: return (0x80...0x9F).contains(next) || next == 0xAD       // U+0080–U+009F, U+00AD
                case 0xCD: return next == 0x8F                                       // U+034F
                case 0xD8: return next == 0x9C                                       // U+061C
                case 0xE1:
                    return (next == 0x85 && (0x9F...0xA0).contains(third))           // U+115F, U+1160
                        || (next == 0x9E && (0xB4...0xB5).contains(third))           // U+17B4, U+17B5
                        || (next == 0xA0 && (0x8B...0x8F).contains(third))           // U+180B–U+180F
                case 0xE2:
                    return (next == 0x80 && ((0x8B...0x8F).contains(third) || (0xA8...0xAE).contains(third)))  // U+200B–F, U+2028–E
                        || (next == 0x81 && (0xA0...0xAF).contains(third))           // U+2060–U+206F
                case 0xE3: return next == 0x85 && third == 0xA4                      // U+3164
                case 0xEF:
                    return (next == 0xB8 && third <= 0x8F)                           // U+FE00–U+FE0F
                        || (next == 0xBB && third == 0xBF)                           // U+FEFF
                        || (next == 0xBE && third == 0xA0)                           // U+FFA0
                        || (next == 0xBF && (0xB0...0xBB).contains(third))           // U+FFF0–U+FFFB
                case 0xF0: return (next == 0x9B && third == 0xB2) || (next == 0x9D && third == 0x85)  // U+1BCA0–3, U+1D173–A
                case 0xF3: return next == 0xA0                                       // U+E0000–U+E0FFF
                default: return false
                }
            }
            // Eight bytes at a time: only a word holding a control character, DEL or one of the lead bytes above
            // needs a closer look (Chinese text is mostly E4–E9, with E3 for its punctuation 、。「」).
            var index = 0
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while index + 8 <= bytes.count {
                    let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if Word.hasByte(below: 0x20, in: word) || Word.hasByte(0x7F, in: word)
                        || hasLeadByteOtherThanHan(word) || mayHoldHangulFiller(word) {
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

    /// Whether eight bytes may hold a lead byte other than E3–E9 (Han ideographs, and E3 for 、。「」, left to
    /// ``mayHoldHangulFiller(_:)``): C0–DF, E0–E2, EA–FF, which start everything clean() looks at. XOR with E0
    /// maps E0–E3 to 00–03, E4–E9 to 04–09, EA–FF and C0–DF to 0A–3F, continuation bytes to 40–7F and ASCII above
    /// 7F; the tests may err towards yes (a closer look finds nothing), never towards no.
    private static func hasLeadByteOtherThanHan(_ word: UInt64) -> Bool {
        let mapped = word ^ (Word.ones &* 0xE0)
        return Word.hasByte(below: 0x03, in: mapped) || Word.mayHaveByte(above: 0x09, below: 0x40, in: mapped)
    }

    /// Whether eight bytes may hold or start U+3164 (E3 85 A4). E3 leads all of Chinese punctuation (、。「」), so
    /// it alone would send most words of Chinese text to the closer look; with an 85, or at the end of the word
    /// (the rest in the next), it is rare.
    private static func mayHoldHangulFiller(_ word: UInt64) -> Bool {
        let inOrder = UInt64(littleEndian: word)  // the last byte of the word highest
        return Word.hasByte(0xE3, in: word) && (Word.hasByte(0x85, in: word) || inOrder >> 56 == 0xE3 || (inOrder >> 48) & 0xFF == 0xE3)
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

        /// Some byte of `word` may lie strictly between `low` and `high` (at most 0x7F and 0x80): true whenever
        /// one does, sometimes also when a byte equals `high` ("likelyhasbetween", Anderson's bit hacks).
        static func mayHaveByte(above low: UInt8, below high: UInt8, in word: UInt64) -> Bool {
            let low7 = word & (ones &* 0x7F)
            return (word &- ones &* UInt64(high)) & ~word & (low7 &+ ones &* UInt64(0x7F - low)) & highs != 0
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
