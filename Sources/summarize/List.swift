import ArgumentParser
import Foundation
import SummarizeCore

/// `summarize list`: the periods with data, whether each is valid, and whether its report is current.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the periods that have data, whether each checks out, and whether its report is up to date.")

    @OptionGroup var folders: FolderOptions

    func run() throws {
        let overview: [PeriodOverview]
        do {
            overview = try PeriodOverview.survey(dataDirectory: folders.data, templates: folders.templates,
                                                 outputDirectory: folders.output)
        } catch {
            Console.print(error.diagnostics)
            throw ExitCode(1)
        }
        guard !overview.isEmpty else {
            print("no periods have data in \(folders.data.relativePath)/ yet; start one with  summarize init --period 2016H1")
            return
        }
        var rows = [["period", "data", "check", "report"]]
        for line in overview {
            let data: String
            switch line.source {
            case let .file(url): data = url.relativePath
            case let .folder(url, files): data = "\(url.relativePath)/ (\(files.count) files)"
            }
            let check = !line.errors.isEmpty ? "\(line.errors.count) error(s)"
                : !line.warnings.isEmpty ? "ok, \(line.warnings.count) warning(s)" : "ok"
            let report = switch line.outputState {
            case .missing: "not written yet"
            case .upToDate: "\(line.output.relativePath), up to date"
            case .outdated: "\(line.output.relativePath), out of date"
            }
            rows.append([line.period.description, data, check, report])
        }
        print(TextTable.render(rows))
    }
}
