import Foundation

/// Reads and checks the data of a period: bytes → text → YAML → drafts → ``Report``.
@_spi(Stages) public struct ReportLoader: Sendable {
    /// Data files larger than this are refused before they are read: a real report is a few kilobytes, and the
    /// limit leaves room for a whole city's departments over many years while keeping memory bounded.
    static let maximumFileSize = 64 * 1024 * 1024

    let directory: DataDirectory

    public init(directory: DataDirectory) {
        self.directory = directory
    }

    /// The report and any warnings about it; throws every error found, in every file of the period.
    public func load(_ period: Period, locale: ReportLocale? = nil) throws(DiagnosticError) -> Checked<Report> {
        try load(directory.source(for: period), period: period, locale: locale)
    }

    /// The same, from the period's data file or folder as ``DataDirectory/source(for:)`` found it.
    func load(_ source: DataDirectory.Source, period: Period, locale: ReportLocale? = nil)
        throws(DiagnosticError) -> Checked<Report> {
        if case let .folder(folder, files) = source, files.isEmpty {
            throw DiagnosticError(Diagnostic(file: folder.relativePath, "the department folder of \(period) has no .yaml files",
                                             hint: "put one data file per department in it, e.g. \(folder.relativePath)/科普科.yaml"))
        }
        var isFolder = false
        if case .folder = source { isFolder = true }
        var drafts: [ReportDraft] = []
        var diagnostics: [Diagnostic] = []
        var files: [DepartmentCopies.File?] = []  // nil for a file that cannot be read
        var problemsOfFile: [[Diagnostic]] = []
        var draftOfFile: [Int: Int] = [:]
        for url in source.files {
            let name = url.relativePath
            var problems: [Diagnostic] = []
            do {
                let text = try SourceText.decode(try read(url, displayName: name), file: name)
                if isFolder { files.append(DepartmentCopies.File(name: name, text: text)) }
                let (draft, found) = try Self.draft(from: text, file: name)
                problems = found
                if let draft {
                    if isFolder { draftOfFile[files.count - 1] = drafts.count }
                    drafts.append(draft)
                }
            } catch {
                problems = error.diagnostics
                if isFolder { files.append(nil) }
            }
            problemsOfFile.append(problems)
        }
        // A copy of another department file is reported as one, instead of by every point it repeats.
        let copies = DepartmentCopies.find(in: files)
        for (index, problems) in problemsOfFile.enumerated() {
            if let copy = copies[index] { diagnostics.append(copy) } else { diagnostics += problems }
        }
        let copiedDrafts = Set(copies.keys.compactMap { draftOfFile[$0] })
        drafts = drafts.enumerated().filter { !copiedDrafts.contains($0.offset) }.map(\.element)
        return try assemble(drafts, diagnostics: diagnostics, period: period, place: source.url.relativePath,
                            isFolder: isFolder, locale: locale)
    }

    /// Parses the text of one data file; exposed for tests and the fuzzer, which have no file.
    func parse(_ text: String, period: Period, file: String, locale: ReportLocale? = nil)
        throws(DiagnosticError) -> Checked<Report> {
        let (draft, diagnostics) = try Self.draft(from: text, file: file)
        return try assemble(draft.map { [$0] } ?? [], diagnostics: diagnostics, period: period, place: file,
                            isFolder: false, locale: locale)
    }

    /// The text is released once the YAML node tree is built (the tree holds copies of the values), so that a
    /// large file's text and its tree are not both held while the tree is read.
    ///
    /// The slips of a Chinese input method are looked for first (``InputSlips``). What YAML makes of a file with
    /// slips is not what the person meant, so its syntax error from the first slip on, and everything the reader
    /// would say about the misread tree, give way to what the slips say.
    private static func draft(from text: consuming String, file: String) throws(DiagnosticError) -> (ReportDraft?, [Diagnostic]) {
        let sourceSize = text.utf8.count
        let slips = InputSlips.scan(text, file: file)
        let root: YAMLNode?
        do {
            root = try YAMLComposer.compose(text, file: file, explainedFrom: slips.firstErrorLine)
        } catch {
            throw DiagnosticError((slips.errors + slips.warnings + error.diagnostics).inReadingOrder)
        }
        _ = consume text
        guard slips.errors.isEmpty else { return (nil, slips.errors + slips.warnings) }
        var reader = ReportReader(file: file, sourceSize: sourceSize)
        var draft = reader.read(root)
        draft?.script = slips.script
        return (draft, slips.warnings + reader.diagnostics)
    }

    private func assemble(_ drafts: [ReportDraft], diagnostics: [Diagnostic], period: Period, place: String,
                          isFolder: Bool, locale: ReportLocale?) throws(DiagnosticError) -> Checked<Report> {
        var diagnostics = diagnostics
        let hadErrors = diagnostics.hasErrors
        let report = ReportAssembler.assemble(drafts, period: period, place: place, isFolder: isFolder, locale: locale,
                                              diagnostics: &diagnostics)
        diagnostics = diagnostics.inReadingOrder
        guard !hadErrors, let report else { throw DiagnosticError(diagnostics) }
        return Checked(report, warnings: diagnostics)
    }

    private func read(_ url: URL, displayName: String) throws(DiagnosticError) -> Data {
        let status: FileStatus
        switch DataFileAccess.presence(of: url.path) {
        case let .present(found): status = found
        case .absent:
            throw DiagnosticError(Diagnostic(file: displayName, "the file is gone (removed or renamed while summarize ran)",
                                             hint: "run summarize again"))
        case let .unknown(problem):
            throw DiagnosticError(problem.readingDiagnostic(file: displayName, "cannot read the file"))
        }
        guard status.isRegularFile else {
            throw DiagnosticError(Diagnostic(file: displayName, "this is not a regular file (a folder, a device or a pipe)",
                                             hint: "a data file is a plain text file; check that you named the right one"))
        }
        guard status.size <= Self.maximumFileSize else {
            throw DiagnosticError(Diagnostic(
                file: displayName,
                "the file is larger than the \(Self.maximumFileSize / 1_048_576) MiB a data file may have (it has \(status.size) bytes)",
                hint: "split it into one file per department in a folder, or check that it is the right file"))
        }
        // Read at most one byte more than allowed, so a file that grows after the size check is still refused.
        let data: Data
        do {
            data = try DataFileAccess.read(url.path, limit: Self.maximumFileSize, expectedSize: status.size)
        } catch {
            throw DiagnosticError(error.readingDiagnostic(file: displayName, "cannot read the file"))
        }
        guard data.count <= Self.maximumFileSize else {
            throw DiagnosticError(Diagnostic(
                file: displayName, "the file is larger than the \(Self.maximumFileSize / 1_048_576) MiB a data file may have",
                hint: "split it into one file per department in a folder, or check that it is the right file"))
        }
        return data
    }
}
