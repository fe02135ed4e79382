import ArgumentParser
import Foundation
import SummarizeCore

@main
struct Summarize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Turns an office's data into its work summaries and work plans: a web page, plain text, Markdown, an email, Word or PDF (工作總結、工作計劃).",
        // The usage is the first part of the discussion instead, so that the main command's options follow it.
        usage: "",
        discussion: Help.isAsked ? Help.discussion : "",
        version: SummarizeVersion.current,
        subcommands: [Generate.self, Build.self, Init.self, List.self, Preview.self, Templates.self],
        defaultSubcommand: Generate.self
    )

    static func main() {
        StandardError.ignoreBrokenPipes()
        main(nil)
    }

    /// `summarize --help`: the usage, the options of the default subcommand as swift-argument-parser renders them
    /// for `summarize generate --help` (so that the two never differ), and an example of every subcommand.
    enum Help {
        /// Whether this run may print the top-level help. Rendering `generate`'s help to build the discussion costs
        /// about a tenth of a report's run, so the other runs leave it out; only help output shows the discussion.
        static var isAsked: Bool {
            CommandLine.arguments.dropFirst().contains { $0 == "-h" || $0 == "--help" || $0 == "help" }
        }

        static var discussion: String {
            """
            USAGE: summarize --period <period> [<options>]
                   summarize <subcommand> [<options>]

            WRITING A REPORT (summarize generate):
            \(mainOptions)
            EXAMPLES:
              summarize --period 2016H1                 Output/2016H1.html from the data
              summarize --period 2016H1 --format docx   the report as a Word document
              summarize --period 2016H1 --check         check the data, write nothing
              summarize build                           write every stale report again
              summarize init --period 2016H2            start the next half's data file
              summarize init --period 2017 --kind plan  start the work plan of 2017
              summarize list                            each period: valid? report current?
              summarize preview --period 2016H1         the report in a browser, live
              summarize templates --export Templates    the templates, for a house style
            """
        }

        /// The OPTIONS section of `summarize generate --help`, without the help flag, which the root lists itself.
        static var mainOptions: String {
            let help = Generate.helpMessage()
            guard let start = help.range(of: "OPTIONS:\n") else { return "" }
            return help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("  -h, --help") }
                .joined(separator: "\n")
                .trimmingCharacters(in: .newlines) + "\n"
        }
    }
}
