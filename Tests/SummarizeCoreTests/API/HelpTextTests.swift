import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The help a person reads, exactly, at a fixed width: the text is generated from the options, so a changed
/// option shows here as a changed help text.
@Suite struct HelpTextTests {
    static let width = ["COLUMNS": "80"]

    func help(_ arguments: [String]) throws -> String {
        let run = try CommandLineTests.run(arguments, in: TestSupport.repository, environment: Self.width)
        #expect(run.status == 0)
        #expect(run.errors == "")
        return run.output
    }

    @Test func topLevelHelp() throws {
        let expected = """
            OVERVIEW: Turns an office's data into its work summaries and work plans: a web
            page, plain text, Markdown, an email, Word or PDF (工作總結、工作計劃).

            USAGE: summarize --period <period> [<options>]
                   summarize <subcommand> [<options>]

            WRITING A REPORT (summarize generate):
              --period <period>       The period to report on: a half year, 2016H1 or
                                      2016H2, or a year, 2016.
              --check                 Check the data and the templates, and write nothing.
              --format <formats>      What to write, comma-separated: html (the report),
                                      txt (plain text), md (Markdown), eml (a ready-to-send
                                      email), docx (Word), pdf (needs LibreOffice); html by
                                      default.
              --locale <locale>       Write the report in this language instead of the data
                                      file's locale: zh-Hant, zh-Hans or en.
              --data <dir>            The folder of data files. (default: Data)
              --templates <dir>       The house style's templates, one subfolder per
                                      locale; each file replaces the built-in one of the
                                      same name (default: Templates, if it exists).
              --output <dir>          The folder reports are written to. (default: Output)
              --from <address>        The sender of the .eml, e.g. '張三
                                      <zhangsan@example.gov.cn>'; overrides email.from in
                                      the data.
              --to <addresses>        Recipients of the .eml, comma-separated or repeated;
                                      overrides email.to.
              --cc <addresses>        Copy recipients of the .eml, comma-separated or
                                      repeated; overrides email.cc.
              --subject <text>        The subject of the .eml; the report's title by
                                      default.

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

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              generate (default)      Write the report of a period: summarize --period
                                      2016H1 is summarize generate --period 2016H1.
              build                   Write again every report that is out of date, in the
                                      formats it was last written in.
              init                    Start the data file of a new period, a work summary
                                      or a work plan, from the previous one.
              list                    List the periods that have data, whether each checks
                                      out, and whether its report is up to date.
              preview                 Show the report in a browser, updated on every save
                                      of its data or templates.
              templates               Write out the built-in templates or the Word
                                      reference document, to start a house style from.

              See 'summarize help <subcommand>' for detailed help.

            """
        #expect(try help(["--help"]) == expected)
        #expect(try help(["-h"]) == expected)
        #expect(try help(["help"]) == expected)
    }

    /// The main options of `summarize --help` are those of `summarize generate --help`, line for line.
    @Test func topLevelHelpListsTheDefaultSubcommandsOptions() throws {
        func options(_ text: String, after header: String) -> [Substring] {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard let start = lines.firstIndex(of: header[...]) else { return [] }
            return Array(lines[(start + 1)...].prefix { !$0.isEmpty && !$0.hasPrefix("  -h, --help") })
        }
        let main = options(try help(["--help"]), after: "WRITING A REPORT (summarize generate):")
        let generate = options(try help(["generate", "--help"]), after: "OPTIONS:")
        #expect(main.count > 10)
        #expect(main == generate.filter { !$0.hasPrefix("  --version") })
    }

    @Test func buildHelp() throws {
        #expect(try help(["build", "--help"]) == """
            OVERVIEW: Write again every report that is out of date, in the formats it was
            last written in.

            A report is out of date when its data, the data of a period it is compared
            with, or one of its templates changed since it was written (what summarize list
            shows). Each is written as summarize --period <PERIOD> would write it, several
            at once; a period whose data has errors does not stop the others, and its
            problems are printed. Periods with data but no report yet are left for
            summarize --period to write first. Ends with a summary such as '2 rebuilt, 1
            failed, 3 up to date'; the exit status is 0 only when every report out of date
            was written, 1 otherwise.

            USAGE: summarize build [--format <formats>] [--data <dir>] [--templates <dir>] [--output <dir>]

            OPTIONS:
              --format <formats>      What to write, comma-separated: html (the report),
                                      txt (plain text), md (Markdown), eml (a ready-to-send
                                      email), docx (Word), pdf (needs LibreOffice); by
                                      default the formats each report was last written in.
              --data <dir>            The folder of data files. (default: Data)
              --templates <dir>       The house style's templates, one subfolder per
                                      locale; each file replaces the built-in one of the
                                      same name (default: Templates, if it exists).
              --output <dir>          The folder reports are written to. (default: Output)
              --version               Show the version.
              -h, --help              Show help information.


            """)
    }

    @Test func templatesHelp() throws {
        #expect(try help(["templates", "--help"]) == """
            OVERVIEW: Write out the built-in templates or the Word reference document, to
            start a house style from.

            The templates are built into summarize. A house style overrides them file by
            file: a file in Templates/<locale>/ replaces the built-in file of the same
            name, and every file it does not have stays built in. headings.yaml holds the
            section headings, styles.css the inline styles of the HTML report, the
            *.mustache files the wording and layout, and reference.docx the styles and page
            of the Word document (--format docx, pdf). Keep only the files you change: the
            others then follow the built-in ones when summarize is updated.

            --export DIR writes every built-in file as DIR/<locale>/<name>.
            --reference-docx FILE writes the default reference document, whose paragraphs
            name the styles to change; restyled in Word or WPS and saved as
            Templates/<locale>/reference.docx, it gives the Word report its styles. Its
            language is --locale, or that of the folder FILE is in (Templates/zh-Hans/), or
            zh-Hant; a FILE that is a folder (or ends in /) gets reference.docx inside it.

            Nothing is ever replaced: if any of the files exists already, each one is named
            and nothing is written. The files written are printed, one per line.

            USAGE: summarize templates [--export <dir>] [--reference-docx <file>] [--locale <locale>]

            OPTIONS:
              --export <dir>          Write the built-in templates into this folder, one
                                      subfolder per locale.
              --reference-docx <file> Write the default Word reference document to this
                                      file.
              --locale <locale>       Only this locale: zh-Hant, zh-Hans or en (default:
                                      every locale for --export).
              --version               Show the version.
              -h, --help              Show help information.


            """)
    }

    /// `--version` prints the one version written in Sources/summarize/Version.swift.
    @Test func version() throws {
        let source = try String(contentsOf: TestSupport.repository.appendingPathComponent("Sources/summarize/Version.swift"), encoding: .utf8)
        let line = try #require(source.split(separator: "\n").first { $0.contains("static let current = ") })
        let version = line.split(separator: "\"")[1]
        #expect(version.split(separator: ".").count == 3)
        #expect(try help(["--version"]) == "\(version)\n")
        #expect(try help(["list", "--version"]) == "\(version)\n")
    }
}
