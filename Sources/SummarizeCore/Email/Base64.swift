import Foundation

/// Base64 for MIME (RFC 2045 §6.8): the body in lines of 76 characters, each ended by CRLF.
enum Base64 {
    static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }

    /// `data` as base64 lines of at most 76 characters, every line ended by CRLF.
    static func lines(_ data: Data) -> String {
        let encoded = Array(data.base64EncodedString().utf8)
        var result = [UInt8]()
        result.reserveCapacity(encoded.count + encoded.count / 38 + 2)
        var start = 0
        while start < encoded.count {
            let end = min(start + 76, encoded.count)
            result += encoded[start..<end]
            result += [0x0D, 0x0A]
            start = end
        }
        return String(decoding: result, as: UTF8.self)
    }
}
