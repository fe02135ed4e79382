import ArgumentParser
import SummarizeCore

/// Which files to write, and the email headers for `--format eml`.
struct OutputOptions: ParsableArguments {
    @Option(name: .customLong("format"),
            help: ArgumentHelp("What to write, comma-separated: html (the report), txt (plain text), md (Markdown), eml (a ready-to-send email).", valueName: "formats"),
            transform: Arguments.formats)
    var formats: [OutputFormat] = [.html]

    @Option(name: .customLong("from"), help: ArgumentHelp("The sender of the .eml, e.g. '張三 <zhangsan@example.gov.cn>'; overrides email.from in the data.", valueName: "address"))
    var from: String?

    @Option(name: .customLong("to"), help: ArgumentHelp("Recipients of the .eml, comma-separated or repeated; overrides email.to.", valueName: "addresses"))
    var to: [String] = []

    @Option(name: .customLong("cc"), help: ArgumentHelp("Copy recipients of the .eml, comma-separated or repeated; overrides email.cc.", valueName: "addresses"))
    var cc: [String] = []

    @Option(name: .customLong("subject"), help: ArgumentHelp("The subject of the .eml; the report's title by default.", valueName: "text"))
    var subject: String?

    func validate() throws {
        _ = try emailSettings()
    }

    /// The flags as settings that override the data file's `email:` block.
    func emailSettings() throws -> EmailSettings {
        // As the data's subject is read: one line, no control or invisible characters.
        var settings = EmailSettings(subject: subject.map { PlainText.singleLine(PlainText.normalize($0, style: .literal)) })
        if let from {
            let mailboxes = try Arguments.mailboxes(from, option: "--from")
            guard mailboxes.count == 1 else { throw ValidationError("--from: give one sender, not \(mailboxes.count)") }
            settings.from = mailboxes[0]
        }
        settings.to = try to.flatMap { try Arguments.mailboxes($0, option: "--to") }
        settings.cc = try cc.flatMap { try Arguments.mailboxes($0, option: "--cc") }
        return settings
    }
}
