import Foundation

/// `summarize init`: writes the scaffold of a new half into the data folder. This is the one command that writes
/// there, and it never replaces anything.
public struct PeriodInitializer: Sendable {
    public var dataDirectory: URL
    public var locale: ReportLocale?

    public init(dataDirectory: URL, locale: ReportLocale? = nil) {
        self.dataDirectory = dataDirectory
        self.locale = locale
    }

    /// Writes `Data/<period>.yaml` and returns its location with any warnings.
    public func create(_ period: Period) throws(DiagnosticError) -> (file: URL, warnings: [Diagnostic]) {
        let directory = DataDirectory(dataDirectory)
        if let existing = directory.existingSource(for: period) {
            throw DiagnosticError(Diagnostic(
                file: existing.url.relativePath, "\(period) already has data; init never replaces a data file",
                hint: "edit the existing data, or move it away first if you really want to start over"))
        }
        var warnings: [Diagnostic] = []
        var previous: Report?
        if directory.existingSource(for: period.previous) != nil {
            do {
                previous = try ReportLoader(directory: directory).load(period.previous).value
            } catch {
                warnings.append(Diagnostic(
                    .warning, file: directory.existingSource(for: period.previous)?.url.relativePath,
                    "the data of \(period.previous) has problems, so nothing was carried over from it",
                    hint: "run  summarize --period \(period.previous) --check  to see them"))
            }
        }
        let file = dataDirectory.appendingPathComponent("\(period).yaml")
        let scaffold = Scaffold(period: period, previous: previous, locale: locale)
        try OutputFile.write(scaffold.text, to: file)
        return (file, warnings)
    }
}
