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
        return try load(url, displayName: url.relativePath, period: period, locale: locale)
    }

    /// Reads and checks one data file, named in messages as `displayName`.
    func load(_ url: URL, displayName: String, period: Period, locale: ReportLocale? = nil)
        throws(DiagnosticError) -> (report: Report, warnings: [Diagnostic]) {
        let data = try read(url, displayName: displayName)
        let text = try SourceText.decode(data, file: displayName)
        return try parse(text, period: period, file: displayName, locale: locale)
    }

    /// Parses the text of a data file; exposed for tests and the fuzzer, which have no file.
    public func parse(_ text: String, period: Period, file: String, locale: ReportLocale? = nil)
        throws(DiagnosticError) -> (report: Report, warnings: [Diagnostic]) {
        let root = try YAMLDocument.compose(text, file: file)
        var reader = ReportReader(file: file, sourceSize: text.utf8.count, period: period)
        guard var report = reader.read(root) else { throw DiagnosticError(reader.diagnostics) }
        if let locale { report.locale = locale }
        return (report, reader.diagnostics)
    }

    private func read(_ url: URL, displayName: String) throws(DiagnosticError) -> Data {
        let attributes = (try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)) ?? [:]
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw DiagnosticError(Diagnostic(file: displayName, "this is not a regular file (a folder, a device or a pipe)",
                                             hint: "a data file is a plain text file; check that you named the right one"))
        }
        let size = attributes[.size] as? Int ?? 0
        guard size <= Self.maximumFileSize else {
            throw DiagnosticError(Diagnostic(
                file: displayName,
                "the file is larger than the \(Self.maximumFileSize / 1_048_576) MiB a data file may have (it has \(size) bytes)",
                hint: "split it into one file per department in a folder, or check that it is the right file"))
        }
        // Read at most one byte more than allowed, so a file that grows after the size check is still refused.
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: Self.maximumFileSize + 1) ?? Data()
        } catch {
            throw DiagnosticError(Diagnostic(file: displayName, "cannot read the file: \(error.localizedDescription)"))
        }
        guard data.count <= Self.maximumFileSize else {
            throw DiagnosticError(Diagnostic(
                file: displayName, "the file is larger than the \(Self.maximumFileSize / 1_048_576) MiB a data file may have",
                hint: "split it into one file per department in a folder, or check that it is the right file"))
        }
        return data
    }
}
