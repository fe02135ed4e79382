import Foundation

extension SummaryJob {
    /// What `summarize --check` found: every problem of the data file and the templates, errors and warnings.
    public struct CheckResult: Sendable {
        /// The data file checked, as messages name it.
        public var dataFile: String?
        /// The templates checked, as messages name them: the house style's folder, or the built-in set.
        public var templates: String?
        public var diagnostics: [Diagnostic]
        /// The report's language, when the data could be read far enough to know it (or `--locale` says it).
        public var locale: ReportLocale?

        public var hasErrors: Bool { diagnostics.hasErrors }
    }

    /// Checks the period's data and its locale's templates through the same steps as ``run()``, and writes nothing.
    ///
    /// Unlike ``run()``, it goes on to the templates when the data has errors (if `locale` says which templates to
    /// check), so that one pass reports everything.
    public func check() -> CheckResult {
        var result = CheckResult(diagnostics: [])
        var reportLocale = locale
        do throws(DiagnosticError) {
            let folder = DataDirectory(dataDirectory)
            let source = try folder.source(for: period)
            result.dataFile = source.url.relativePath
            let (report, history) = try loadData(from: source, in: folder)
            result.diagnostics += report.warnings + history.warnings
            reportLocale = report.value.locale
        } catch {
            result.diagnostics += error.diagnostics
        }
        result.locale = reportLocale
        guard let reportLocale else { return result }
        do {
            let templates = try TemplateSet.load(from: self.templates, locale: reportLocale)
            result.templates = templates.value.folder.map { "\($0.relativePath)/" } ?? "the built-in templates (\(reportLocale))"
            result.diagnostics += templates.warnings
        } catch {
            result.templates = self.templates.map { $0.url.appendingPathComponent(reportLocale.rawValue).relativePath + "/" }
            result.diagnostics += error.diagnostics
        }
        return result
    }
}
