import ArgumentParser
import Foundation
import SummarizeCore

/// `summarize init --period 2016H2`: start the data file of a new half.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start the data file of a new half from the previous one.",
        discussion: """
            Writes Data/<PERIOD>.yaml with every section and a comment on what goes there, carrying over the \
            organization and locale, the previous half's plans (as review lines to fill in) and its metric names. \
            It never replaces an existing file.
            """)

    @Option(name: .long, help: ArgumentHelp("The new half year, e.g. 2016H2.", valueName: "period"), transform: Arguments.period)
    var period: Period

    @Option(name: .customLong("data"), help: ArgumentHelp("The folder of data files.", valueName: "dir"))
    var dataPath = "Data"

    @Option(name: .long, help: ArgumentHelp("The language of the new file, if not the previous half's.", valueName: "locale"), transform: Arguments.locale)
    var locale: ReportLocale?

    func validate() throws {
        try Arguments.refuseEmpty([(dataPath, "--data")])
    }

    func run() throws {
        do {
            let (file, warnings) = try PeriodInitializer(dataDirectory: URL(fileURLWithPath: dataPath, isDirectory: true), locale: locale)
                .create(period)
            Console.print(warnings)
            print(file.relativePath)
        } catch {
            Console.print(error.diagnostics)
            throw ExitCode(1)
        }
    }
}
