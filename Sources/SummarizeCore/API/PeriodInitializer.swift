import Foundation

/// `summarize init`: writes the scaffold of a new period (``Scaffold``) into the data folder. This is the one
/// command that writes there, and it never replaces anything.
public struct PeriodInitializer: Sendable {
    public var dataDirectory: URL
    public var locale: ReportLocale?
    /// A work summary (the default) or a work plan.
    public var kind: DocumentKind

    public init(dataDirectory: URL, locale: ReportLocale? = nil, kind: DocumentKind = .summary) {
        self.dataDirectory = dataDirectory
        self.locale = locale
        self.kind = kind
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
        let latest = previous == nil ? latestReport(before: period, in: directory) : nil
        let scaffold = Scaffold(period: period, kind: kind, previous: previous, latest: latest, locale: locale)
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

    /// The most recent earlier period whose data can be read, of any span: where the organization and the locale
    /// come from when the previous period has no data (a first yearly summary after half-year ones). A few are
    /// tried, newest first; one with errors is passed over in silence, as it contributes nothing but a name.
    private func latestReport(before period: Period, in directory: DataDirectory) -> Report? {
        let loader = ReportLoader(directory: directory)
        for earlier in directory.periods().filter({ $0 < period }).reversed().prefix(3) {
            if let report = try? loader.load(earlier).value { return report }
        }
        return nil
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
        let siblings = ((try? FileSystem.names(in: parent.path)) ?? []).filter {
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
