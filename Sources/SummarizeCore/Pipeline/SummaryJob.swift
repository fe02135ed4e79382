import Foundation

/// One run of `summarize`: load a period's data, fill the templates, render, write `Output/<period>.html` (and the
/// other ``formats``).
public struct SummaryJob: Sendable {
    public var period: Period
    public var dataDirectory: URL
    public var templatesDirectory: URL
    public var outputDirectory: URL
    /// Overrides the data file's `locale:`.
    public var locale: ReportLocale?
    /// The files to write, `.html` by default.
    public var formats: [OutputFormat] = [.html]
    /// Addresses and subject from the command line, overriding the data file's `email:` block.
    public var email = EmailSettings()
    /// The time an `.eml` is dated; injected by tests.
    public var clock: @Sendable () -> Date = { Date() }
    /// The time zone of the `.eml`'s Date header; nil for the machine's, which is looked up only when an `.eml` is
    /// written (finding it reads the system's time zone database, about 1.5 M instructions of a run).
    public var timeZone: TimeZone?

    public init(period: Period, dataDirectory: URL, templatesDirectory: URL, outputDirectory: URL, locale: ReportLocale? = nil) {
        self.period = period
        self.dataDirectory = dataDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.locale = locale
    }

    /// The file the report is written to.
    public var outputFile: URL { outputFile(for: .html) }

    /// The file a format is written to: `Output/2016H1.eml`.
    public func outputFile(for format: OutputFormat) -> URL {
        outputDirectory.appendingPathComponent("\(period).\(format.fileExtension)")
    }

    /// What a successful run produced.
    public struct Outcome: Sendable {
        /// The files written, in the order of ``SummaryJob/formats``.
        public var files: [URL]
        public var warnings: [Diagnostic]
        /// The first file written (the report, unless `--format` put another format first).
        public var file: URL { files[0] }
    }

    /// Everything a run needs, loaded and checked.
    public struct Prepared: Sendable {
        public var report: Report
        public var history: ReportHistory
        public var renderer: ReportRenderer
        public var warnings: [Diagnostic]
        /// The data file (or department folder) as messages name it.
        public var dataFile: String
    }

    /// Loads and checks the data, the earlier periods it is compared with, and the templates, without writing anything.
    public func prepare() throws(DiagnosticError) -> Prepared {
        let source = try DataDirectory(dataDirectory).source(for: period)
        let (report, history, warnings) = try prepareReport(from: source)
        let templates = try TemplateSet.load(from: templatesDirectory, locale: report.locale)
        return Prepared(report: report, history: history, renderer: ReportRenderer(templates: templates), warnings: warnings,
                        dataFile: source.url.relativePath)
    }

    /// Loads and checks the data and the earlier periods it is compared with, including the review of the previous
    /// half's plans.
    func prepareReport(from source: DataDirectory.Source)
        throws(DiagnosticError) -> (report: Report, history: ReportHistory, warnings: [Diagnostic]) {
        let loader = ReportLoader(directory: DataDirectory(dataDirectory))
        var (report, warnings) = try loader.load(source, period: period, locale: locale)
        let (history, historyWarnings) = ReportHistory.load(for: period, with: loader)
        let reviewProblems = PlanReviewCheck.check(report, against: history.previous, file: source.url.relativePath)
        let problems = historyWarnings + reviewProblems
        if problems.contains(where: { $0.severity == .error }) {
            throw DiagnosticError(warnings + problems)
        }
        warnings += problems
        return (report, history, warnings)
    }

    /// Runs the whole pipeline. Nothing is written unless every step succeeded.
    public func run() throws(DiagnosticError) -> Outcome {
        try refuseOutputIntoDataFolder()
        let prepared = try prepare()
        FreedMemory.returnToSystem()  // the node tree is gone; see FreedMemory
        let outputs = ReportOutputs(renderer: prepared.renderer, history: prepared.history, email: email, now: clock(),
                                    timeZone: timeZone, dataFile: prepared.dataFile)
        var (files, outputWarnings, htmlIsStreamed) = try outputs.render(prepared.report, formats: formats.isEmpty ? [.html] : formats)
        let sizes = try OutputFile.writeAll(files.map { (contents: $0.1, url: outputFile(for: $0.0)) })
        if htmlIsStreamed, let html = files.firstIndex(where: { $0.0 == .html }),
           let warning = outputs.clipWarning(htmlBytes: sizes[html]) {
            outputWarnings.append(warning)
        }
        return Outcome(files: files.map { outputFile(for: $0.0) }, warnings: prepared.warnings + outputWarnings)
    }

    /// Data files are the staff's work: the tool never writes among them, whatever the flags say.
    private func refuseOutputIntoDataFolder() throws(DiagnosticError) {
        try OutputGuard.refuseOutput(outputDirectory, insideDataFolder: dataDirectory)
    }
}
