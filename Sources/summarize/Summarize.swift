import ArgumentParser
import Foundation
import SummarizeCore

@main
struct Summarize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Turns a half-year's data into a finished half-year work summary (上半年／下半年工作總結).",
        usage: """
            summarize --period <period> [--data <dir>] [--templates <dir>] [--output <dir>] [--locale <locale>]
            summarize init --period <period> [--data <dir>] [--locale <locale>]
            summarize list [--data <dir>] [--templates <dir>] [--output <dir>]
            """,
        discussion: """
            Reads Data/<PERIOD>.yaml, fills the Markdown templates in Templates/<locale>/, and writes one \
            self-contained HTML file to Output/<PERIOD>.html; --format adds its plain text (.txt), Markdown (.md) \
            and a ready-to-send email (.eml).

            Exit status: 0 success, 1 problems in the data or templates (each printed as FILE:LINE:COLUMN), \
            64 bad command-line usage.
            """,
        version: SummarizeVersion.current,
        subcommands: [Generate.self, Init.self, List.self, Preview.self],
        defaultSubcommand: Generate.self
    )

    static func main() {
        StandardError.ignoreBrokenPipes()
        main(nil)
    }
}
