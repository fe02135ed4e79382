/// RFC 2047 encoded-words, `=?UTF-8?B?…?=`: how a header says text that is not ASCII.
enum EncodedWord {
    /// UTF-8 bytes per word. 42 bytes are 56 base64 characters, so a word is 68 characters and `Subject: ` plus
    /// one word stays within the 78 a header line should keep to (RFC 5322 §2.1.1); RFC 2047's own limit is 75.
    static let maximumBytes = 42

    /// The words for `text`, each holding whole characters (a word never splits a UTF-8 sequence or a character).
    static func encode(_ text: String) -> [String] {
        var words: [String] = []
        var bytes: [UInt8] = []
        func flush() {
            guard !bytes.isEmpty else { return }
            words.append("=?UTF-8?B?" + Base64.encode(bytes) + "?=")
            bytes = []
        }
        for character in text {
            let utf8 = Array(String(character).utf8)
            if utf8.count > maximumBytes {
                // A character longer than a word (a long emoji sequence): its scalars, each whole, instead.
                for scalar in character.unicodeScalars {
                    let scalarBytes = Array(String(scalar).utf8)
                    if bytes.count + scalarBytes.count > maximumBytes { flush() }
                    bytes += scalarBytes
                }
                continue
            }
            if bytes.count + utf8.count > maximumBytes { flush() }
            bytes += utf8
        }
        flush()
        return words
    }

    /// True for text a header can carry as it is: printable ASCII with no word that looks like an encoded-word.
    static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F } && !text.contains("=?")
    }
}
