import Foundation

/// Renders every format one run asks for, in memory, so that nothing is written unless all of them succeeded.
struct ReportOutputs {
    /// Gmail clips a message whose HTML passes about 102 KB ("[Message clipped]"); measured limits vary up to
    /// about 105 KB with the transfer encoding, so the warning starts at the low end.
    static let gmailClipBytes = 102_000

    var templates: TemplateSet
    var email: EmailSettings
    var now: Date
    /// nil for the machine's.
    var timeZone: TimeZone?
    /// The data file, named in messages about the `email:` block.
    var dataFile: String

    /// The contents of each format, in the order asked for, and warnings (a body Gmail will clip).
    ///
    /// Without an email to build, the HTML is streamed: written into the output file piece by piece while it is
    /// made (``HTMLReport/write(_:to:)``), so that a large report is never held whole. `htmlIsStreamed` says so;
    /// the caller then checks the written file's size against Gmail's limit (``clipWarning(htmlBytes:)``).
    func render(_ filled: consuming FilledReport, formats: [OutputFormat]) throws(DiagnosticError)
        -> (files: [(OutputFormat, OutputContents)], warnings: [Diagnostic], htmlIsStreamed: Bool) {
        let report = filled.report
        let needsText = formats.contains(.txt) || formats.contains(.eml)
        let text = needsText ? PlainTextReport(styles: templates.styles).render(filled) : ""
        let markdown = formats.contains(.md) ? MarkdownReport.render(filled) : ""
        // The HTML comes last and takes the filled report over, so that each part's Markdown is let go as soon as
        // its HTML exists.
        let streamsHTML = formats.contains(.html) && !formats.contains(.eml)
        let htmlReport = HTMLReport(templates: templates)
        var html = ""
        var streamed: OutputContents?
        if streamsHTML {
            let parts = filled
            streamed = .streamed { write in try htmlReport.write(parts, to: write) }
        } else if formats.contains(.eml) {
            html = htmlReport.document(filled)
        }
        var warnings: [Diagnostic] = []
        if !streamsHTML, let warning = clipWarning(htmlBytes: html.utf8.count) {
            warnings.append(warning)
        }
        var files: [(OutputFormat, OutputContents)] = []
        for format in formats {
            switch format {
            case .html: files.append((format, streamed ?? .text(html)))
            case .txt: files.append((format, .text(text)))
            case .md: files.append((format, .text(markdown)))
            case .eml: files.append((format, .bytes(try message(report, html: html, text: text).message)))
            }
        }
        return (files, warnings, streamsHTML)
    }

    /// The warning for an email body that Gmail will clip, if the HTML is that large.
    func clipWarning(htmlBytes: Int) -> Diagnostic? {
        guard htmlBytes > Self.gmailClipBytes else { return nil }
        return Diagnostic(
            .warning, file: dataFile,
            "the report's HTML is \(htmlBytes / 1000) KB; Gmail shows only the first ~102 KB of an email body, then '[Message clipped]'",
            hint: "the attached copy in the .eml stays complete; a shorter report fits in the body")
    }

    private func message(_ report: Report, html: String, text: String) throws(DiagnosticError) -> ReportEmail {
        let settings = report.email.overridden(by: email)
        guard let from = settings.from else {
            throw DiagnosticError(Diagnostic(
                file: dataFile, "an email needs a sender, and neither the data nor the command line names one",
                hint: "add to \(dataFile):\n    email:\n      from: 張三 <zhangsan@example.gov.cn>\n  or run with --from zhangsan@example.gov.cn"))
        }
        let title = report.resolvedTitle
        return ReportEmail(from: from, to: settings.to, cc: settings.cc, subject: settings.subject ?? title,
                           date: now, timeZone: timeZone ?? .current, plainText: text, html: html,
                           attachmentName: Self.fileName(for: title) + ".html")
    }

    /// The title as a file name on every system: no / \ : * ? " < > | or control characters.
    static func fileName(for title: String) -> String {
        let name = String(title.map { "/\\:*?\"<>|".contains($0) || $0.isNewline || $0.asciiValue.map { $0 < 0x20 } == true ? "_" : $0 })
        return name.trimmingCharacters(in: .whitespaces).isEmpty ? "report" : name
    }
}
