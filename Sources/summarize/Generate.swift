import ArgumentParser
import Foundation
import SummarizeCore

/// `summarize --period 2016H1`: the main job.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the report of a period: summarize --period 2016H1 is summarize generate --period 2016H1.",
        discussion: """
            Reads Data/<PERIOD>.yaml (or the files of the folder Data/<PERIOD>/), fills the templates and writes \
            Output/<PERIOD>.html, or the formats --format names, all in one step: a failed run leaves the old \
            reports as they were. Prints the files written. Exit status: 0 success (warnings alone do not fail a \
            run), 1 problems in the data or templates (each printed as FILE:LINE:COLUMN with a hint), 64 a \
            mistake on the command line.
            """)

    // Options in the order --help lists them: the period, what to do, where; then the email's headers.
    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("The period to report on: a half year, 2016H1 or 2016H2, or a year, 2016.", valueName: "period"),
            completion: Completions.periods, transform: Arguments.period)
    var period: Period

    @Flag(name: .long, help: "Check the data and the templates, and write nothing.")
    var check = false

    @Option(name: .customLong("format"), help: ArgumentHelp(Arguments.formatsHelp + "; html by default.", valueName: "formats"),
            completion: Completions.formats, transform: Arguments.formats)
    var formats: [OutputFormat] = [.html]

    @Option(name: .long, help: ArgumentHelp("Write the report in this language instead of the data file's locale: zh-Hant, zh-Hans or en.", valueName: "locale"),
            completion: Completions.locales, transform: Arguments.locale)
    var locale: ReportLocale?

    @OptionGroup var folders: FolderOptions

    @OptionGroup var email: EmailOptions

    func run() throws {
        if check { return try runCheck() }
        var job = SummaryJob(period: period, dataDirectory: folders.data, templates: folders.templates,
                             outputDirectory: folders.output, locale: locale)
        job.formats = formats
        job.email = try email.emailSettings()
        do {
            let outcome = try job.run()
            Console.print(outcome.warnings)
            outcome.files.forEach { print($0.relativePath) }
        } catch {
            Console.print(error.diagnostics)
            throw ExitCode(1)
        }
    }
}
