import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The generated .eml read back by a real MIME parser: Python's standard `email` package with `policy.default`.
@Suite struct EmailMessageTests {
    /// 2016-07-08 09:30:00 +0800, the clock every test message is dated by.
    static let clock = Date(timeIntervalSince1970: 1_467_941_400)
    static let chinaTime = TimeZone(secondsFromGMT: 8 * 3600)!

    /// Runs the whole pipeline for a data folder and returns the written files by extension.
    static func generate(data: URL, locale: ReportLocale? = nil, email: EmailSettings = EmailSettings()) throws -> (folder: URL, files: [String: Data]) {
        let output = try TestSupport.temporaryFolder()
        var job = SummaryJob(period: Period(year: 2016, half: .first), dataDirectory: data,
                             templatesDirectory: TestSupport.templates, outputDirectory: output, locale: locale)
        job.formats = [.html, .txt, .md, .eml]
        job.email = email
        job.clock = { clock }
        job.timeZone = chinaTime
        let outcome = try job.run()
        var files: [String: Data] = [:]
        for url in outcome.files { files[url.pathExtension] = try Data(contentsOf: url) }
        return (output, files)
    }

    static let sender = EmailSettings(from: EmailAddress(displayName: "張三", address: "zhangsan@example.gov.cn"),
                                      to: [EmailAddress(address: "director@example.gov.cn")])

    @Test(arguments: ReportLocale.allCases)
    func sampleReportParsesAsAWellFormedMessage(_ locale: ReportLocale) throws {
        let (folder, files) = try Self.generate(data: TestSupport.sampleData, locale: locale, email: Self.sender)
        let html = try #require(files["html"]), text = try #require(files["txt"])
        guard let parsed = try PythonEmail.inspect(eml: folder.appendingPathComponent("2016H1.eml"),
                                                   report: folder.appendingPathComponent("2016H1.html")) else { return }
        let title = locale.defaultTitle(for: Period(year: 2016, half: .first))

        #expect(parsed.types == ["multipart/mixed", "multipart/alternative", "text/plain", "text/html", "text/html"])
        #expect(parsed.charsets.suffix(3) == ["utf-8", "utf-8", "utf-8"])
        #expect(parsed.subject == title)
        #expect(parsed.from == "張三 <zhangsan@example.gov.cn>")
        #expect(parsed.to == "director@example.gov.cn")
        #expect(parsed.date == "2016-07-08T09:30:00+08:00")
        #expect(parsed.mimeVersion == "1.0")
        #expect(parsed.unsent == "1")
        #expect(parsed.messageID?.hasSuffix("@example.gov.cn>") == true)
        #expect(parsed.attachmentCount == 1)
        #expect(parsed.attachmentDisposition == "attachment")
        #expect(parsed.attachmentName == "\(title).html")
        #expect(parsed.attachmentMatchesReport, "the attachment is the report file byte for byte")
        #expect(parsed.htmlBody == String(decoding: html, as: UTF8.self), "the HTML body is the report (CRLF read as LF)")
        #expect(parsed.plainBody == String(decoding: text, as: UTF8.self), "the text body is the .txt file")
        #expect(parsed.unexpectedDefects.isEmpty, "defects: \(parsed.unexpectedDefects)")
        #expect(parsed.crlfOnly)
        #expect(parsed.longestLine <= 78)
        #expect(parsed.ascii)
        #expect(parsed.strictBase64)
        for heading in Self.sectionHeadings(of: html) {
            #expect(parsed.plainBody.contains(heading), "the text part lacks the heading \(heading)")
        }
    }

    @Test func addressesAndLongSubjectFromTheEmailBlock() throws {
        let (folder, _) = try Self.generate(data: TestSupport.fixtures.appendingPathComponent("email-block"))
        guard let parsed = try PythonEmail.inspect(eml: folder.appendingPathComponent("2016H1.eml"),
                                                   report: folder.appendingPathComponent("2016H1.html")) else { return }
        #expect(parsed.subject == "北海市海城區科學技術局2016年上半年工作總結（請審閱，如有意見請於7月15日前回覆）")
        #expect(parsed.from == "張三 <zhangsan@example.gov.cn>")
        #expect(parsed.to == "局長 <director@example.gov.cn>, office@example.gov.cn")
        #expect(parsed.cc == "\"Archive, Records\" <archive@example.gov.cn>, 李四 <lisi@example.gov.cn>")
        #expect(parsed.unexpectedDefects.isEmpty, "defects: \(parsed.unexpectedDefects)")
        #expect(parsed.longestLine <= 78)
    }

    @Test func commandLineOverridesTheEmailBlock() throws {
        let flags = EmailSettings(to: [EmailAddress(address: "someone.else@example.org")], subject: "Half-year report")
        let (folder, _) = try Self.generate(data: TestSupport.fixtures.appendingPathComponent("email-block"), email: flags)
        guard let parsed = try PythonEmail.inspect(eml: folder.appendingPathComponent("2016H1.eml"),
                                                   report: folder.appendingPathComponent("2016H1.html")) else { return }
        #expect(parsed.subject == "Half-year report")
        #expect(parsed.to == "someone.else@example.org")
        #expect(parsed.from == "張三 <zhangsan@example.gov.cn>", "the block's sender stays when no --from is given")
    }

    /// The raw bytes, without Python: what the tests above would miss if python3 were absent.
    @Test func rawMessageIsCRLFAndDatedByTheInjectedClock() throws {
        let (_, files) = try Self.generate(data: TestSupport.sampleData, email: Self.sender)
        let eml = try #require(files["eml"])
        let text = String(decoding: eml, as: UTF8.self)
        #expect(text.contains("\r\nDate: Fri, 08 Jul 2016 09:30:00 +0800\r\n"))
        #expect(text.contains("\r\nSubject: =?UTF-8?B?MjAxNuW5tOS4iuWNiuW5tOW3peS9nOe4vee1kA==?=\r\n"))
        #expect(text.contains("\r\nMessage-ID: <20160708T013000Z."))
        let bytes = [UInt8](eml)
        #expect(bytes.allSatisfy { $0 < 0x80 })
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            #expect(index > 0 && bytes[index - 1] == 0x0D, "bare LF at byte \(index)")
        }
        #expect(text.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 78 })
    }

    @Test func sameInputMakesTheSameMessage() throws {
        let first = try Self.generate(data: TestSupport.sampleData, email: Self.sender).files["eml"]
        let second = try Self.generate(data: TestSupport.sampleData, email: Self.sender).files["eml"]
        #expect(first == second)
    }

    /// The level-1 headings of the HTML report (一、上半年工作成績 …), as text.
    static func sectionHeadings(of html: Data) -> [String] {
        let text = String(decoding: html, as: UTF8.self)
        return text.components(separatedBy: "<h2").dropFirst().compactMap { piece in
            guard let start = piece.firstIndex(of: ">"), let end = piece.range(of: "</h2>") else { return nil }
            return String(piece[piece.index(after: start)..<end.lowerBound])
        }
    }
}

/// Calls `python3` with the standard library's MIME parser and returns what it found.
enum PythonEmail {
    struct Inspection: Decodable {
        var types: [String]
        var charsets: [String?]
        var subject: String?
        var from: String?
        var to: String?
        var cc: String?
        var date: String?
        var messageID: String?
        var mimeVersion: String?
        var unsent: String?
        var defects: [String]
        var plainBody: String
        var htmlBody: String
        var attachmentCount: Int
        var attachmentName: String?
        var attachmentDisposition: String?
        var attachmentMatchesReport: Bool
        var crlfOnly: Bool
        var longestLine: Int
        var ascii: Bool
        /// Every part's base64 decodes without leniency (padding and alphabet exactly right).
        var strictBase64: Bool

        /// Every defect except the two Python reports for the attachment's `name="=?UTF-8?B?…?="`: an encoded-word
        /// in a quoted string is outside RFC 2047 §5, but it is what Gmail and Outlook send and what clients that
        /// ignore RFC 2231 (Outlook over POP/IMAP, QQ Mail) read, so it is there on purpose, beside `filename*`.
        var unexpectedDefects: [String] {
            defects.filter { $0 != "InvalidHeaderDefect('encoded word inside quoted string')"
                && $0 != "InvalidHeaderDefect('missing trailing whitespace after encoded-word')" }
        }
    }

    static let script = #"""
    import sys, json, email, base64, binascii
    from email import policy
    raw = open(sys.argv[1], 'rb').read()
    report = open(sys.argv[2], 'rb').read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    parts = list(msg.walk())
    attachments = list(msg.iter_attachments())
    att = attachments[0] if attachments else None
    def header(name):
        value = msg[name]
        return None if value is None else str(value)
    def strict_base64(part):
        try:
            base64.b64decode(''.join(part.get_payload().split()), validate=True)
            return True
        except binascii.Error:
            return False
    def text(part):
        return part.get_payload(decode=True).decode(part.get_content_charset()).replace('\r\n', '\n')
    print(json.dumps({
        'types': [p.get_content_type() for p in parts],
        'charsets': [p.get_content_charset() for p in parts],
        'subject': header('Subject'), 'from': header('From'), 'to': header('To'), 'cc': header('Cc'),
        'date': msg['Date'].datetime.isoformat() if msg['Date'] else None,
        'messageID': header('Message-ID'), 'mimeVersion': header('MIME-Version'), 'unsent': header('X-Unsent'),
        'defects': [repr(d) for p in parts for d in p.defects]
                   + [repr(d) for p in parts for _, v in p.items() for d in getattr(v, 'defects', ())],
        'plainBody': text(msg.get_body(preferencelist=('plain',))),
        'htmlBody': text(msg.get_body(preferencelist=('html',))),
        'attachmentCount': len(attachments),
        'attachmentName': att.get_filename() if att else None,
        'attachmentDisposition': att.get_content_disposition() if att else None,
        'attachmentMatchesReport': att is not None and att.get_payload(decode=True) == report,
        'crlfOnly': raw.count(b'\n') == raw.count(b'\r\n') and raw.count(b'\r') == raw.count(b'\r\n'),
        'longestLine': max(len(line) for line in raw.split(b'\r\n')),
        'ascii': all(b < 128 for b in raw),
        'strictBase64': all(strict_base64(p) for p in parts if not p.is_multipart()),
    }, ensure_ascii=False))
    """#

    /// nil, with a visible notice, when python3 is not installed.
    static func inspect(eml: URL, report: URL) throws -> Inspection? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin"
        guard let python = path.split(separator: ":").map({ "\($0)/python3" })
            .first(where: FileManager.default.isExecutableFile(atPath:)) else {
            print("◇ SKIPPED: python3 is not installed, so the .eml was not checked with Python's email package (scripts/setup python3 installs it)")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, eml.path, report.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 failed: \(errorText)")
        return try JSONDecoder().decode(Inspection.self, from: data)
    }
}
