import Mustache

/// The Mustache content type of the Markdown templates: every `{{value}}` is plain text and must come out of
/// CommonMark as exactly that text, never as emphasis, a link, a list, a heading or HTML.
///
/// Backslash-escaping every ASCII punctuation character is enough for that: CommonMark gives each of them a
/// literal meaning after a backslash (spec §2.4), and only ASCII punctuation can start Markdown syntax. A blank line
/// in a value (a paragraph break, see ``PlainText``) is kept; spaces at the start and after a line break are dropped so that no
/// line can start an indented code block. The work is one pass over the UTF-8 bytes, linear in the input.
struct MarkdownText: MustacheContentType {
    /// The name templates use: `{{%CONTENT_TYPE: MARKDOWN}}`.
    static let name = "MARKDOWN"

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { input in
            var punctuation = 0, lineBreaks = 0
            for byte in input {
                if isASCIIPunctuation(byte) { punctuation += 1 }
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { lineBreaks += 1 }
            }
            // Most Chinese text has nothing to escape: return it as it is, uncopied (unless it starts with a blank,
            // which must go so that the text cannot start an indented code block).
            let startsWithBlank = input.first == UInt8(ascii: " ") || input.first == UInt8(ascii: "\t")
            if punctuation == 0 && lineBreaks == 0 && !startsWithBlank { return text }
            // Otherwise write the escaped bytes straight into a string of the exact size: one byte more per
            // punctuation character, and never more than the input once spaces at line starts are dropped.
            return String(unsafeUninitializedCapacity: input.count + punctuation) { output in
                var count = 0
                var atLineStart = true
                for byte in input {
                    if atLineStart && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) { continue }
                    atLineStart = byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                    if isASCIIPunctuation(byte) {
                        output[count] = UInt8(ascii: "\\")
                        count += 1
                    }
                    output[count] = byte
                    count += 1
                }
                return count
            }
        }
    }

    /// CommonMark's ASCII punctuation: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~ (0x21–0x2F, 0x3A–0x40, 0x5B–0x60,
    /// 0x7B–0x7E), as two bit masks: one test per byte.
    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        let low: UInt64 = 0xFC00_FFFE_0000_0000   // 0x21–0x2F, 0x3A–0x3F
        let high: UInt64 = 0x7800_0001_F800_0001  // 0x40, 0x5B–0x60, 0x7B–0x7E
        return byte < 64 ? (low >> UInt64(byte)) & 1 == 1 : byte < 128 && (high >> UInt64(byte - 64)) & 1 == 1
    }
}
