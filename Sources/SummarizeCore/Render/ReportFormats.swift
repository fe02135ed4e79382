import Foundation

/// Renders every format one run asks for into one ``OutputTransaction``, so that nothing is written unless all of
/// them succeeded: the files are complete under temporary names before any replaces an older one.
///
/// The HTML is streamed into its file piece by piece as it is made (``HTMLReport/write(_:to:)``) unless the email
/// needs it whole; the formats read from the filled report come first, and the HTML, which lets each part go as
/// soon as it is written, last.
struct ReportFormats {
    /// Gmail clips a message whose HTML passes about 102 KB ("[Message clipped]"); measured limits vary up to
    /// about 105 KB with the transfer encoding, so the warning starts at the low end.
    static let gmailClipBytes = 102_000

    var templates: TemplateSet
    /// Addresses and subject from the command line, overriding the data's `email:` block.
    var email: EmailSettings
    var now: Date
    /// nil for the machine's.
    var timeZone: TimeZone?
    /// The data file, named in messages about the `email:` block.
    var dataFile: String

    /// Writes each format as `<period>.<extension>` into `out`, in the order asked for; returns the warnings (a body
    /// Gmail will clip).
    func write(_ filled: consuming FilledReport, formats: [OutputFormat], into out: OutputTransaction)
        throws(DiagnosticError) -> [Diagnostic] {
        let report = filled.report
        if formats.contains(.pdf) { _ = try PDFConversion.requireOffice() }
        let wordContent = formats.contains(.docx) || formats.contains(.pdf) ? WordContent(copy filled, created: now) : nil
        let reference = try wordContent == nil ? nil : referenceDocument()
        let docx = try wordContent.map { content throws(DiagnosticError) in try WordDocument.package(content, reference: reference) }
        let pdf = try formats.contains(.pdf) ? wordContent.map { content throws(DiagnosticError) in
            try PDFConversion.convert(content, reference: reference)
        } : nil
        let text = formats.contains(.txt) || formats.contains(.eml) ? PlainTextReport(styles: templates.styles).render(filled) : ""
        let markdown = formats.contains(.md) ? MarkdownReport.render(filled) : ""
        let html = formats.contains(.eml) ? HTMLReport(templates: templates).document(copy filled) : nil
        let message = try html.map { html throws(DiagnosticError) in
            try self.message(report, html: html, text: text, document: formats.contains(.docx) ? docx : nil).message
        }
        var htmlBytes = 0
        var pending: FilledReport? = consume filled
        for format in formats {
            let name = "\(report.period).\(format.fileExtension)"
            switch format {
            case .html:
                htmlBytes = try out.file(named: name) { sink in
                    if let html {
                        try sink.write(html)
                    } else if let filled = pending.take() {
                        try HTMLReport(templates: templates).write(filled) { piece throws(DiagnosticError) in try sink.write(piece) }
                    }
                }
            case .txt: try out.file(named: name) { try $0.write(text) }
            case .md: try out.file(named: name) { try $0.write(markdown) }
            case .eml: try out.file(named: name) { try $0.write(message ?? Data()) }
            case .docx: try out.file(named: name) { try $0.write(docx ?? Data()) }
            case .pdf: try out.file(named: name) { try $0.write(pdf ?? Data()) }
            }
        }
        return [clipWarning(htmlBytes: html?.utf8.count ?? htmlBytes)].compactMap { $0 }
    }

    /// The house style's Word document, when its templates folder has one.
    private func referenceDocument() throws(DiagnosticError) -> ReferenceDocument? {
        guard let url = templates.referenceDocument else { return nil }
        return try ReferenceDocument.load(from: url, locale: templates.locale)
    }

    /// The warning for an email body that Gmail will clip, if the HTML is that large.
    func clipWarning(htmlBytes: Int) -> Diagnostic? {
        guard htmlBytes > Self.gmailClipBytes else { return nil }
        return Diagnostic(
            .warning, file: dataFile,
            "the report's HTML is \(htmlBytes / 1000) KB; Gmail shows only the first ~102 KB of an email body, then '[Message clipped]'",
            hint: "the attached copy in the .eml stays complete; a shorter report fits in the body")
    }

    private func message(_ report: Report, html: String, text: String, document: Data?) throws(DiagnosticError) -> ReportEmail {
        let settings = report.email.overridden(by: email)
        guard let from = settings.from else {
            throw DiagnosticError(Diagnostic(
                file: dataFile, "an email needs a sender, and neither the data nor the command line names one",
                hint: "add to \(dataFile):\n    email:\n      from: 張三 <zhangsan@example.gov.cn>\n  or run with --from zhangsan@example.gov.cn"))
        }
        let title = report.resolvedTitle
        return ReportEmail(from: from, to: settings.to, cc: settings.cc, subject: settings.subject ?? title,
                           date: now, timeZone: timeZone ?? .current, plainText: text, html: html,
                           attachmentName: Self.fileName(for: title), document: document)
    }

    /// The title as a file name on every system: no / \ : * ? " < > | or control characters.
    static func fileName(for title: String) -> String {
        let name = String(title.map { "/\\:*?\"<>|".contains($0) || $0.isNewline || $0.asciiValue.map { $0 < 0x20 } == true ? "_" : $0 })
        return name.trimmingCharacters(in: .whitespaces).isEmpty ? "report" : name
    }
}
