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
        try refuseMissingFolder(for: period)
        let directory = DataDirectory(dataDirectory)
        if let existing = directory.existingSource(for: period) {
            throw DiagnosticError(.alreadyHasData(period, file: existing.url.relativePath))
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
        do {
            try NewFile.create(file, text: scaffold.text)
        } catch {
            switch error {
            case let .exists(status) where status?.isSymbolicLink == true:
                let target = FileSystem.linkTarget(file.path).map { " to \($0)" } ?? ""
                throw DiagnosticError(Diagnostic(
                    file: file.relativePath, "a symbolic link\(target) has this name; init never replaces a file",
                    hint: "remove or rename the link, then run init again"))
            case .exists:
                throw DiagnosticError(.alreadyHasData(period, file: file.relativePath))
            case let .file(failure):
                throw DiagnosticError(failure.diagnostic(file: file.relativePath, "cannot write the new data file",
                                                         hint: "check that \(dataDirectory.relativePath) is writable"))
            }
        }
        return (file, warnings)
    }

    /// A folder that does not exist is most likely a typo (`--data Dta`): refused, not created, with the closest
    /// folder beside it.
    private func refuseMissingFolder(for period: Period) throws(DiagnosticError) {
        let shown = dataDirectory.relativePath
        if let status = FileStatus(path: dataDirectory.path) {
            guard status.isDirectory else {
                throw DiagnosticError(Diagnostic(file: shown, "the data folder is not a folder",
                                                 hint: "name the folder of data files with --data"))
            }
            return
        }
        let parent = dataDirectory.deletingLastPathComponent()
        let siblings = FileSystem.names(in: parent.path).filter {
            !$0.hasPrefix(".") && FileStatus(path: parent.appendingPathComponent($0).path)?.isDirectory == true
        }
        let hint: String
        if let closest = Suggestion.closest(to: dataDirectory.lastPathComponent, among: siblings) {
            let folder = (shown as NSString).deletingLastPathComponent
            let suggested = folder.isEmpty ? closest : (folder as NSString).appendingPathComponent(closest)
            hint = "did you mean \(suggested)?  summarize init --period \(period) --data \(suggested)"
        } else {
            hint = "check the name; to start a new data folder, create it first:  mkdir -p \(shown)"
        }
        throw DiagnosticError(Diagnostic(file: shown, "the data folder does not exist, and init does not create it", hint: hint))
    }
}

fileprivate extension Diagnostic {
    static func alreadyHasData(_ period: Period, file: String) -> Diagnostic {
        Diagnostic(file: file, "\(period) already has data; init never replaces a data file",
                   hint: "edit the existing data, or move it away first if you really want to start over")
    }
}
