import Foundation

/// One line of `summarize list`: a period that has data, whether that data is valid, and whether its reports are
/// current.
public struct PeriodOverview: Sendable {
    public enum OutputState: Sendable, Equatable {
        /// No report has been written for the period.
        case missing
        /// The reports were made from exactly the inputs there are now.
        case upToDate
        /// The data, an earlier period it is compared with, or a template of its locale changed (or was added or
        /// removed) since the reports were written.
        case outdated
    }

    public var period: Period
    public var source: DataDirectory.Source
    public var errors: [Diagnostic]
    public var warnings: [Diagnostic]
    /// The first report file, as the record of the last run lists them.
    public var output: URL
    public var outputState: OutputState
    /// The formats the last run wrote; `[.html]` when no run has.
    public var formats: [OutputFormat]

    /// Every period of the data folder, checked as a run would check it, and compared with the record each run
    /// leaves beside its reports (``ReportRecord``). Throws when the data folder exists but cannot be listed.
    public static func survey(dataDirectory: URL, templates: TemplateSet.Folder?,
                              outputDirectory: URL) throws(DiagnosticError) -> [PeriodOverview] {
        let directory = DataDirectory(dataDirectory)
        return try directory.listedPeriods().compactMap { period -> PeriodOverview? in
            guard let source = directory.existingSource(for: period) else { return nil }
            let job = SummaryJob(period: period, dataDirectory: dataDirectory, templates: templates,
                                 outputDirectory: outputDirectory)
            let check = job.check()
            let locale = check.locale ?? .default
            let record = ReportRecord.read(for: period, in: outputDirectory)
            let formats = record?.formats.compactMap(OutputFormat.init(rawValue:)) ?? []
            let state: OutputState
            if let record, !formats.isEmpty,
               formats.allSatisfy({ FileStatus(path: job.outputFile(for: $0).path)?.isRegularFile == true }) {
                let current = ReportRecord.fingerprint(of: period, data: directory, templates: templates, locale: locale)
                state = record.fingerprint == current && record.locale == locale.rawValue ? .upToDate : .outdated
            } else {
                state = FileStatus(path: job.outputFile.path) == nil ? .missing : .outdated
            }
            return PeriodOverview(period: period, source: source,
                                  errors: check.diagnostics.filter(\.isError),
                                  warnings: check.diagnostics.filter { !$0.isError },
                                  output: job.outputFile(for: formats.first ?? .html), outputState: state,
                                  formats: formats.isEmpty ? [.html] : formats)
        }
    }
}
