import ArgumentParser
import Foundation
import SummarizeCore

/// `summarize build`: write again every report that `summarize list` calls out of date.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write again every report that is out of date, in the formats it was last written in.",
        discussion: """
            A report is out of date when its data, the data of a period it is compared with, or one of its \
            templates changed since it was written (what summarize list shows). Each is written as \
            summarize --period <PERIOD> would write it, several at once; a period whose data has errors does not \
            stop the others, and its problems are printed. Periods with data but no report yet are left for \
            summarize --period to write first. Ends with a summary such as '2 rebuilt, 1 failed, 3 up to date'; \
            the exit status is 0 only when every report out of date was written, 1 otherwise.
            """)

    @Option(name: .customLong("format"),
            help: ArgumentHelp(Arguments.formatsHelp + "; by default the formats each report was last written in.", valueName: "formats"),
            completion: Completions.formats, transform: Arguments.formats)
    var formats: [OutputFormat]?

    @OptionGroup var folders: FolderOptions

    func run() throws {
        let job = BuildJob(dataDirectory: folders.data, templates: folders.templates, outputDirectory: folders.output,
                           formats: formats)
        let plan: BuildJob.Plan
        do {
            plan = try job.plan()
        } catch {
            Console.print(error.diagnostics)
            throw ExitCode(1)
        }
        if plan.tasks.isEmpty && plan.upToDate.isEmpty && plan.notWritten.isEmpty {
            print("no periods have data in \(folders.data.relativePath)/ yet; start one with  summarize init --period 2016H1")
            return
        }
        let onTerminal = isatty(STDOUT_FILENO) == 1
        let summary = job.run(plan) { result, finished, total in
            // Unbuffered, so that the line comes before its problems on standard error, and shows at once.
            Self.say(Self.line(for: result, finished: finished, total: total, onTerminal: onTerminal))
            switch result.outcome {
            case let .success(outcome): Console.print(outcome.warnings)
            case let .failure(error): Console.print(error.diagnostics)
            }
        }
        Self.say(summary.description)
        if !summary.succeeded { throw ExitCode(1) }
    }

    private static func say(_ line: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data("\(line)\n".utf8))  // a closed pipe is not worth a crash
    }

    /// On a terminal `[2/3] 2016H1 … done`; otherwise a plain line that names the files, for a log or a script.
    static func line(for result: BuildJob.Result, finished: Int, total: Int, onTerminal: Bool) -> String {
        switch (result.outcome, onTerminal) {
        case (.success, true): "[\(finished)/\(total)] \(result.period) … done"
        case (.failure, true): "[\(finished)/\(total)] \(result.period) … failed"
        case let (.success(outcome), false): "\(result.period) rebuilt: \(outcome.files.map(\.relativePath).joined(separator: " "))"
        case (.failure, false): "\(result.period) failed"
        }
    }
}
