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
        // Neither the file's bytes nor its text are kept longer than needed: at 100,000 items each is tens of
        // megabytes, and the node tree that is read next is several times larger.
        return try parse(SourceText.decode(read(url, displayName: name), file: name), period: period, file: name,
                         locale: locale)
    }

    /// Parses the text of a data file; exposed for tests and the fuzzer, which have no file.
    ///
    /// The text is released once the YAML node tree is built (the tree holds copies of the values), so that a
    /// large file's text and its tree are not both held while the tree is read.
    public func parse(_ text: consuming String, period: Period, file: String, locale: ReportLocale? = nil)
        throws(DiagnosticError) -> (report: Report, warnings: [Diagnostic]) {
        let sourceSize = text.utf8.count
        let root = try YAMLDocument.compose(text, file: file)
        _ = consume text
        var reader = ReportReader(file: file, sourceSize: sourceSize, period: period)
        guard var report = reader.read(root) else { throw DiagnosticError(reader.diagnostics) }
        if let locale { report.locale = locale }
        return (report, reader.diagnostics)
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
