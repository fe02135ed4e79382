import Foundation

/// Base64 for MIME (RFC 2045 §6.8): the body in lines of 76 characters.
enum Base64 {
    static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }

    /// `data` as base64 lines of at most 76 characters, for a message whose lines are joined with CRLF.
    ///
    /// Foundation breaks the lines: every 76 characters a CRLF, none after the last line (also when the last line
    /// is exactly 76 characters long), and nothing at all for no data; both swift-corelibs-foundation on Linux and
    /// Apple's do so. The lines come back as one element holding them with their CRLFs, and none for no data, so
    /// that joining the message's lines gives each a single CRLF.
    static func lines(_ data: Data) -> [String] {
        let body = data.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return body.isEmpty ? [] : [body]
    }
}
