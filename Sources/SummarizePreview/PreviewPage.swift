import SummarizeCore

/// What the preview shows: the report, or the problems that stand in its way.
public enum PreviewPage: Sendable, Equatable {
    /// A complete HTML document, served as it is apart from the small reload script added before `</body>`.
    case report(html: String)
    /// The problems that stopped the report, shown in its place, each as `FILE:LINE:COLUMN: error: message` with its
    /// hint. `title` names what was being rendered (`2016H1`); `locale` is the language of the page's own words (the
    /// diagnostics themselves are English, as on the command line).
    case problems([Diagnostic], title: String, locale: ReportLocale)
}
