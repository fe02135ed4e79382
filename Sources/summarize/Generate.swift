import ArgumentParser
import Foundation
import SummarizeCore

/// `summarize --period 2016H1`: the main job.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the report of a period (the default command).")

    @Option(name: .long, help: ArgumentHelp("The half year to report on, e.g. 2016H1 or 2016H2.", valueName: "period"), transform: Arguments.period)
    var period: Period

    @OptionGroup var folders: FolderOptions

    @Option(name: .long, help: ArgumentHelp("Write the report in this language instead of the data file's locale: zh-Hant, zh-Hans or en.", valueName: "locale"), transform: Arguments.locale)
    var locale: ReportLocale?

    @Flag(name: .long, help: "Check the data and the templates, and write nothing.")
    var check = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        if check { return try runCheck() }
        var job = SummaryJob(period: period, dataDirectory: folders.data, templates: folders.templates,
                             outputDirectory: folders.output, locale: locale)
        job.formats = output.formats
        job.email = try output.emailSettings()
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
