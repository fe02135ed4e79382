import Foundation

/// One line of `summarize list`: a period that has data, whether that data is valid, and whether its report is
/// current.
public struct PeriodOverview: Sendable {
    public enum OutputState: Sendable, Equatable {
        case missing
        /// The report is newer than everything it was made from.
        case upToDate
        /// The data, an earlier period it is compared with, or a template changed after the report was written.
        case outdated
    }

    public var period: Period
    public var source: DataDirectory.Source
    public var errors: [Diagnostic]
    public var warnings: [Diagnostic]
    public var output: URL
    public var outputState: OutputState

    /// Every period of the data folder, checked as a run would check it.
    public static func survey(dataDirectory: URL, templates: TemplateSet.Folder?, outputDirectory: URL) -> [PeriodOverview] {
        let directory = DataDirectory(dataDirectory)
        return directory.periods().compactMap { period -> PeriodOverview? in
            guard let source = directory.existingSource(for: period) else { return nil }
            let job = SummaryJob(period: period, dataDirectory: dataDirectory, templates: templates,
                                 outputDirectory: outputDirectory)
            var errors: [Diagnostic] = [], warnings: [Diagnostic] = []
            var locale = ReportLocale.default
            do throws(DiagnosticError) {
                let prepared = try job.prepare()
                warnings = prepared.warnings
                locale = prepared.report.locale
            } catch {
                errors = error.errors
                warnings = error.diagnostics.filter { $0.severity == .warning }
            }
            var inputs = source.files
            for earlier in [period.previous, period.yearAgo] {
                inputs += directory.existingSource(for: earlier)?.files ?? []
            }
            if let folder = templates?.url.appendingPathComponent(locale.rawValue) {
                inputs += ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                    .map { folder.appendingPathComponent($0) }
            }
            return PeriodOverview(period: period, source: source, errors: errors, warnings: warnings,
                                  output: job.outputFile, outputState: state(of: job.outputFile, madeFrom: inputs))
        }
    }

    private static func state(of output: URL, madeFrom inputs: [URL]) -> OutputState {
        guard let written = modificationDate(output) else { return .missing }
        let newestInput = inputs.compactMap(modificationDate).max() ?? .distantPast
        return written >= newestInput ? .upToDate : .outdated
    }

    private static func modificationDate(_ url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }
}
