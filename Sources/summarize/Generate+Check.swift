import ArgumentParser
import Foundation
import SummarizeCore

extension Generate {
    /// `summarize --period 2016H1 --check`: every problem on standard error, a one-line verdict on standard output,
    /// exit status 1 when there are errors (warnings alone pass).
    func runCheck() throws {
        let job = SummaryJob(period: period, dataDirectory: folders.data, templates: folders.templates,
                             outputDirectory: folders.output, locale: locale)
        let result = job.check()
        Console.print(result.diagnostics)
        guard !result.hasErrors else { throw ExitCode(1) }
        let checked = [result.dataFile, result.templates].compactMap { $0 }
        let warnings = result.diagnostics.count
        print("all is well: \(checked.joined(separator: " and "))"
              + (warnings == 0 ? "" : " (\(warnings) warning\(warnings == 1 ? "" : "s"))"))
    }
}
