import ArgumentParser
import Foundation
import SummarizeCore

/// `summarize init --period 2016H2`: start the data file of a new period, a summary or a plan.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start the data file of a new period, a work summary or a work plan, from the previous one.",
        discussion: """
            Writes Data/<PERIOD>.yaml with every section and a comment on what goes there, carrying over the \
            organization and locale, and for a summary the previous period's plans (as review lines to fill in) \
            and its metric names. A plan (--kind plan) gets sections of the office's own, 指導思想, 主要任務 (with \
            the units responsible) and 保障措施, with commented examples, and the previous period's plans as its \
            first main tasks. Each value to fill in is marked TODO; --check refuses the file until they are. It \
            never replaces an existing file.
            """)

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("The new period: a half year, 2016H2, or a year, 2017.", valueName: "period"),
            completion: Completions.newPeriods, transform: Arguments.period)
    var period: Period

    @Option(name: .long, help: ArgumentHelp("What the document is: summary (工作總結) or plan (工作計劃).", valueName: "kind"),
            completion: Completions.kinds, transform: Arguments.kind)
    var kind: DocumentKind = .summary

    @Option(name: .customLong("data"), help: ArgumentHelp("The folder of data files.", valueName: "dir"), completion: .directory)
    var dataPath = "Data"

    @Option(name: .long, help: ArgumentHelp("The language of the new file, if not the previous period's: zh-Hant, zh-Hans or en.", valueName: "locale"),
            completion: Completions.locales, transform: Arguments.locale)
    var locale: ReportLocale?

    func validate() throws {
        try Arguments.refuseEmpty([(dataPath, "--data")])
    }

    func run() throws {
        do {
            let initializer = PeriodInitializer(dataDirectory: URL(fileURLWithPath: dataPath, isDirectory: true),
                                                locale: locale, kind: kind)
            let (file, warnings) = try initializer.create(period)
            Console.print(warnings)
            print(file.relativePath)
        } catch {
            Console.print(error.diagnostics)
            throw ExitCode(1)
        }
    }
}
