import ArgumentParser
import SummarizeCore

/// The email headers for `--format eml`.
struct EmailOptions: ParsableArguments {
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
        var settings = EmailSettings(subject: subject.map(EmailSettings.subject(typed:)))
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
