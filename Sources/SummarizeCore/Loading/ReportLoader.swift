import Foundation

/// Reads and checks the data file of a period: bytes → text → YAML → ``Report``.
public struct ReportLoader: Sendable {
    /// Data files larger than this are refused before they are read: a real report is a few kilobytes, and the
    /// limit leaves room for a whole city's departments over many years while keeping memory bounded.
    public static let maximumFileSize = 64 * 1024 * 1024

    public let directory: DataDirectory

    public init(directory: DataDirectory) {
        self.directory = directory
    }

    /// The report and any warnings about it; throws every error found.
    public func load(_ period: Period, locale: ReportLocale? = nil) throws(DiagnosticError) -> (report: Report, warnings: [Diagnostic]) {
        let url = try directory.file(for: period)
        let name = url.relativePath
        let data = try read(url, displayName: name)
        let text = try SourceText.decode(data, file: name)
        return try parse(text, period: period, file: name, locale: locale)
    }

    /// Parses the text of a data file; exposed for tests and the fuzzer, which have no file.
    public func parse(_ text: String, period: Period, file: String, locale: ReportLocale? = nil)
        throws(DiagnosticError) -> (report: Report, warnings: [Diagnostic]) {
        let root = try YAMLDocument.compose(text, file: file)
        var reader = ReportReader(file: file, sourceSize: text.utf8.count, period: period)
        let report = reader.read(root)
        let diagnostics = Self.inReadingOrder(reader.diagnostics)
        guard var report else { throw DiagnosticError(diagnostics) }
        if let locale { report.locale = locale }
        return (report, diagnostics)
    }

    /// Sorts problems by where they are in the file, so a person can fix them from top to bottom.
    static func inReadingOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let left = (a.element.location?.line ?? 0, a.element.location?.column ?? 0, a.offset)
            let right = (b.element.location?.line ?? 0, b.element.location?.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }

    private func read(_ url: URL, displayName: String) throws(DiagnosticError) -> Data {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= Self.maximumFileSize else {
            throw DiagnosticError(Diagnostic(
                file: displayName,
                "the file is \(size / 1_048_576) MiB, more than the \(Self.maximumFileSize / 1_048_576) MiB a data file may have",
                hint: "split it into one file per department in a folder, or check that it is the right file"))
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw DiagnosticError(Diagnostic(file: displayName, "cannot read the file: \(error.localizedDescription)"))
        }
    }
}
