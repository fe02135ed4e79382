import Foundation

/// Base64 for MIME (RFC 2045 §6.8): the body in lines of 76 characters.
enum Base64 {
    static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }

    /// `data` as base64 lines of at most 76 characters (the line ends are the message's CRLF).
    static func lines(_ data: Data) -> [String] {
        let encoded = Array(data.base64EncodedString().utf8)
        return stride(from: 0, to: encoded.count, by: 76).map { start in
            String(decoding: encoded[start..<min(start + 76, encoded.count)], as: UTF8.self)
        }
    }
}
