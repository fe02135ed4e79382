import ArgumentParser
import Foundation
import SummarizeCore
import SummarizePreview

/// `summarize preview --period 2016H1`: the report in a browser, rendered again on every save.
struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Show the report in a browser, updated on every save of its data or templates.",
        discussion: """
            Prints the address to open (http://127.0.0.1:PORT/, this computer only) as its first line, then \
            watches the period's data, the periods it is compared with, and the templates. After every save the \
            open page shows the new report, or the problems to fix in its place. Writes nothing. Stop it with \
            Ctrl-C; the exit status is then 0.
            """)

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("The period to show: a half year, 2016H1 or 2016H2, or a year, 2016.", valueName: "period"),
            completion: Completions.periods, transform: Arguments.period)
    var period: Period

    @OptionGroup var folders: FolderOptions

    @Option(name: .long, help: ArgumentHelp("Show the report in this language instead of the data file's locale: zh-Hant, zh-Hans or en.", valueName: "locale"),
            completion: Completions.locales, transform: Arguments.locale)
    var locale: ReportLocale?

    @Option(name: .long, help: ArgumentHelp("The port to serve on; by default a free one.", valueName: "port"))
    var port: UInt16?

    func run() throws {
        // prepare() reads and checks, and writes nothing: the output folder is never used.
        let job = SummaryJob(period: period, dataDirectory: folders.data, templates: folders.templates,
                             outputDirectory: folders.output, locale: locale)
        let shownLocale = LastLocale(locale ?? .default)
        let server = PreviewServer(port: port, watch: { [period] in
            let data = DataDirectory(job.dataDirectory)
            let dataFiles = [period, period.previous, period.yearAgo].flatMap { period in
                data.existingSource(for: period)?.files
                    ?? ["\(period).yaml", "\(period).yml", "\(period)"].map { data.url.appendingPathComponent($0) }
            }
            guard let folder = job.templates?.url else { return dataFiles }
            let templates = folder.appendingPathComponent(shownLocale.value.rawValue, isDirectory: true)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: templates.path)) ?? []
            return dataFiles + [folder, templates] + names.sorted().map { templates.appendingPathComponent($0) }
        }, render: { [period] in
            do throws(DiagnosticError) {
                let document = try job.document()
                shownLocale.value = document.value.locale
                Console.print(document.warnings)
                return .report(html: document.value.html)
            } catch {
                Console.print(error.diagnostics)
                return .problems(error.diagnostics, title: "\(period)", locale: shownLocale.value)
            }
        })
        do {
            _ = try server.runUntilSignalled { url in
                FileHandle.standardOutput.write(Data("\(url.absoluteString)\n".utf8))  // unbuffered: read at once
            }
        } catch {
            Console.print((error as? DiagnosticError)?.diagnostics ?? [Diagnostic(file: nil, "\(error)")])
            throw ExitCode(1)
        }
    }

    /// The language of the last report shown: its templates are the ones watched, and the problems page speaks it.
    private final class LastLocale: @unchecked Sendable {
        private let lock = NSLock()
        private var locale: ReportLocale
        init(_ locale: ReportLocale) { self.locale = locale }
        var value: ReportLocale {
            get { lock.withLock { locale } }
            set { lock.withLock { locale = newValue } }
        }
    }
}
