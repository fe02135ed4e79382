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
        var output = [UInt8]()
        output.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var atLineStart = true
        for byte in text.utf8 {
            if atLineStart && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) { continue }
            atLineStart = byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
            if isASCIIPunctuation[Int(byte)] { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// CommonMark's ASCII punctuation: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
    private static let isASCIIPunctuation: [Bool] = (0..<256).map { byte in
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte)
            || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}
