import Foundation

/// The report as a complete email (RFC 5322 and MIME), ready to open as a draft or to send as it is:
///
/// ```
/// multipart/mixed
/// ├── multipart/alternative
/// │   ├── text/plain; charset=utf-8     the plain-text report
/// │   └── text/html; charset=utf-8      the HTML report as the body
/// ├── text/html; charset=utf-8; name=…  the HTML report as an attachment, named after the title
/// └── application/vnd…document; name=…  the Word document, when one is written in the same run
/// ```
///
/// Every line ends in CRLF and no line is longer than 78 characters: the parts are base64 (Chinese in
/// quoted-printable would triple in size), headers with Chinese use RFC 2047 encoded-words, and the attachment's
/// name is given both ways clients read it: RFC 2231 `filename*` and the customary encoded-word `name`. The
/// attachment is the report file byte for byte; the body parts are the same text in the canonical CRLF form of
/// MIME text. `X-Unsent: 1` makes Outlook for Windows open the file as an unsent draft.
struct ReportEmail: Sendable {
    /// The headers: sender, recipients, subject, and the date the message is dated by.
    var from: EmailAddress
    var to: [EmailAddress]
    var cc: [EmailAddress]
    var subject: String
    var date: Date
    var timeZone: TimeZone
    /// The plain-text report (the first alternative).
    var plainText: String
    /// The HTML report: the second alternative, and the first attachment byte for byte.
    var html: String
    /// The attachments' file name without its extension, e.g. 2016年上半年工作總結.
    var attachmentName: String
    /// The Word document, attached after the HTML when the run writes one.
    var document: Data?

    /// A message from finished parts; nothing is checked here (addresses were checked when read).
    init(from: EmailAddress, to: [EmailAddress], cc: [EmailAddress], subject: String, date: Date,
                timeZone: TimeZone, plainText: String, html: String, attachmentName: String, document: Data? = nil) {
        self.from = from
        self.to = to
        self.cc = cc
        self.subject = subject
        self.date = date
        self.timeZone = timeZone
        self.plainText = plainText
        self.html = html
        self.attachmentName = attachmentName
        self.document = document
    }

    /// The message, every line ended by CRLF.
    var message: Data {
        let fingerprint = Self.fingerprint([plainText, html, subject, from.address, String(date.timeIntervalSince1970),
                                            document.map { String($0.count) } ?? ""])
        let mixed = "=_mixed_\(fingerprint)", alternative = "=_alternative_\(fingerprint)"
        var lines: [String] = []
        lines += MIMEHeader.addresses("From", [from])
        if !to.isEmpty { lines += MIMEHeader.addresses("To", to) }
        if !cc.isEmpty { lines += MIMEHeader.addresses("Cc", cc) }
        lines += MIMEHeader.text("Subject", subject)
        lines.append("Date: \(MIMEHeader.date(date, in: timeZone))")
        lines.append("Message-ID: <\(MIMEHeader.compactTimestamp(date)).\(fingerprint).summarize@\(from.domain)>")
        lines.append("MIME-Version: 1.0")
        lines.append("X-Unsent: 1")
        lines.append("Content-Type: multipart/mixed;")
        lines.append(" boundary=\"\(mixed)\"")
        lines.append("")
        lines.append("This is a message in MIME format: the report as text, as HTML, and attached.")
        lines.append("--\(mixed)")
        lines.append("Content-Type: multipart/alternative;")
        lines.append(" boundary=\"\(alternative)\"")
        lines.append("")
        lines.append("--\(alternative)")
        lines += Self.textPart("text/plain", Data(Self.canonical(plainText).utf8))
        lines.append("--\(alternative)")
        lines += Self.textPart("text/html", Data(Self.canonical(html).utf8))
        lines.append("--\(alternative)--")
        lines.append("")
        lines.append("--\(mixed)")
        lines += Self.attachment(Data(html.utf8), type: "text/html; charset=utf-8", name: attachmentName + ".html")
        if let document {
            lines.append("--\(mixed)")
            lines += Self.attachment(document, type: Self.wordType, name: attachmentName + ".docx")
        }
        lines.append("--\(mixed)--")
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    private static func textPart(_ type: String, _ data: Data) -> [String] {
        ["Content-Type: \(type); charset=utf-8", "Content-Transfer-Encoding: base64", ""] + Base64.lines(data)
    }

    /// The media type of a .docx.
    static let wordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    private static func attachment(_ data: Data, type: String, name: String) -> [String] {
        var lines = ["Content-Type: \(type);"]
        let words = EncodedWord.isPlain(name) && name.count <= 60 ? [name] : EncodedWord.encode(name)
        lines.append(" name=\"" + words.joined(separator: "\r\n ") + "\"")
        lines.append("Content-Disposition: attachment;")
        lines += MIMEHeader.extendedParameter("filename", name).map { " " + $0 }
        lines += ["Content-Transfer-Encoding: base64", ""] + Base64.lines(data)
        return lines
    }

    /// MIME's canonical form of text: every line break CRLF (RFC 2046 §4.1.1).
    static func canonical(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
    }

    /// 16 hex digits from the content, so the same input makes the same message and a different report a different
    /// Message-ID and boundaries. Base64 never contains `=_`, so the boundaries cannot occur in a part.
    static func fingerprint(_ pieces: [String]) -> String {
        var fingerprint = Fingerprint()
        pieces.forEach { fingerprint.add($0) }
        return fingerprint.hex
    }
}
