import Foundation

/// Header lines of an email, folded so that no line passes 78 characters (RFC 5322 §2.1.1, §2.2.3).
enum MIMEHeader {
    static let lineLimit = 78

    /// `Name: token token …`, folded at the spaces between tokens. Unfolding restores single spaces.
    static func folded(_ name: String, _ tokens: [String]) -> [String] {
        var lines: [String] = []
        var line = "\(name):"
        for token in tokens {
            if line != "\(name):" && line.count + 1 + token.count > lineLimit {
                lines.append(line)
                line = ""
            }
            line += " " + token
        }
        lines.append(line)
        return lines
    }

    /// An unstructured header (Subject): as it is when plain ASCII, else as encoded-words.
    static func text(_ name: String, _ value: String) -> [String] {
        let words = value.split(separator: " ").map(String.init)
        if EncodedWord.isPlain(value), !value.hasPrefix(" "), !value.contains("  "),
           words.allSatisfy({ $0.count <= lineLimit - name.count - 2 }) {
            return folded(name, words)
        }
        return folded(name, EncodedWord.encode(value))
    }

    /// An address list header (From, To, Cc): mailboxes separated by commas, folded between words.
    static func addresses(_ name: String, _ mailboxes: [EmailAddress]) -> [String] {
        var tokens: [String] = []
        for (index, mailbox) in mailboxes.enumerated() {
            var mailboxTokens = mailbox.headerTokens
            if index < mailboxes.count - 1 { mailboxTokens[mailboxTokens.count - 1] += "," }
            tokens += mailboxTokens
        }
        return folded(name, tokens)
    }

    /// An RFC 2231 parameter value in UTF-8: `filename*=utf-8''%E5%B9%B4.html`, or numbered continuations
    /// (`filename*0*=…;` `filename*1*=…`) when it would not fit on one line. A continuation always ends between
    /// two characters, because some parsers decode each piece on its own.
    static func extendedParameter(_ name: String, _ value: String) -> [String] {
        let encoded = value.map { character in
            String(character).utf8.map { byte in
                let isSafe = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                    || "-._~".utf8.contains(byte)
                return isSafe ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
            }.joined()
        }
        let single = "\(name)*=utf-8''" + encoded.joined()
        if single.count <= lineLimit - 2 { return [single] }
        var chunks: [String] = []
        var chunk = "utf-8''"
        for piece in encoded {
            if chunk.count + piece.count > 60 && !chunk.isEmpty && chunk != "utf-8''" {
                chunks.append(chunk)
                chunk = ""
            }
            chunk += piece
        }
        chunks.append(chunk)
        return chunks.enumerated().map { index, chunk in
            "\(name)*\(index)*=\(chunk)" + (index < chunks.count - 1 ? ";" : "")
        }
    }

    /// `Fri, 08 Jul 2016 17:30:00 +0800` (RFC 5322 §3.3), in English whatever the machine's locale.
    static func date(_ date: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let offset = timeZone.secondsFromGMT(for: date) / 60
        let zone = String(format: "%@%02d%02d", offset < 0 ? "-" : "+", abs(offset) / 60, abs(offset) % 60)
        return String(format: "%@, %02d %@ %04d %02d:%02d:%02d %@", weekdays[parts.weekday! - 1], parts.day!,
                      months[parts.month! - 1], parts.year!, parts.hour!, parts.minute!, parts.second!, zone)
    }

    /// `20160708T093000Z`, for Message-IDs.
    static func compactTimestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!)
    }
}
