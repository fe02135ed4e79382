import Foundation

extension SummaryJob {
    /// What `summarize --check` found: every problem of the data file and the templates, errors and warnings.
    public struct CheckResult: Sendable {
        /// The data file checked, as messages name it.
        public var dataFile: String?
        /// The templates folder checked; nil when the data had errors and no `--locale` said which one to check.
        public var templatesFolder: String?
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Checks the period's data and its locale's templates as a run would use them, and writes nothing.
    ///
    /// Unlike ``run()``, it goes on to the templates when the data has errors (if `locale` names the templates to
    /// check), so that one pass reports everything; and it reports names the templates use that the data model does
    /// not have, which rendering would silently leave empty (see ``TemplateCheck``).
    public func check() -> CheckResult {
        var result = CheckResult(diagnostics: [])
        var reportLocale = locale
        do throws(DiagnosticError) {
            let source = try DataDirectory(dataDirectory).source(for: period)
            result.dataFile = source.url.relativePath
            let prepared = try prepareReport(from: source)
            result.diagnostics += prepared.warnings
            reportLocale = prepared.report.locale
        } catch {
            result.diagnostics += error.diagnostics
        }
        guard let reportLocale else { return result }
        do {
            let templates = try TemplateSet.load(from: templatesDirectory, locale: reportLocale)
            result.templatesFolder = templates.directory.relativePath
            result.diagnostics += TemplateCheck.check(templates)
        } catch {
            result.templatesFolder = templatesDirectory.appendingPathComponent(reportLocale.rawValue).relativePath
            result.diagnostics += error.diagnostics
        }
        return result
    }
}
