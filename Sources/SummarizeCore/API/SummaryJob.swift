import Foundation

/// One run of `summarize`: load a period's data, fill the templates, render, write `Output/<period>.html` (and the
/// other ``formats``).
public struct SummaryJob: Sendable {
    public var period: Period
    public var dataDirectory: URL
    /// The house style's templates; nil for the built-in ones alone.
    public var templates: TemplateSet.Folder?
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
    /// written (finding it reads the system's time zone database).
    public var timeZone: TimeZone?

    public init(period: Period, dataDirectory: URL, templates: TemplateSet.Folder?, outputDirectory: URL,
                locale: ReportLocale? = nil) {
        self.period = period
        self.dataDirectory = dataDirectory
        self.templates = templates
        self.outputDirectory = outputDirectory
        self.locale = locale
    }

    /// A job with a house style's templates folder that must exist.
    public init(period: Period, dataDirectory: URL, templatesDirectory: URL, outputDirectory: URL, locale: ReportLocale? = nil) {
        self.init(period: period, dataDirectory: dataDirectory, templates: TemplateSet.Folder(templatesDirectory, isRequired: true),
                  outputDirectory: outputDirectory, locale: locale)
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
    }

    /// Everything a run needs, loaded and checked.
    public struct Prepared: Sendable {
        public var report: Report
        public var history: ReportHistory
        public var templates: TemplateSet
        public var warnings: [Diagnostic]
        /// The data file (or department folder) as messages name it.
        public var dataFile: String
    }

    /// The run, step by step. Nothing is written unless every step succeeded.
    public func run() throws(DiagnosticError) -> Outcome {
        try refuseOutputIntoDataFolder()
        let prepared = try prepare()                                                        // Load, check
        FreedMemory.returnToSystem()
        let filled = Filler(templates: prepared.templates).fill(prepared.report, history: prepared.history)  // Fill
        let outputs = ReportOutputs(templates: prepared.templates, email: email, now: clock(), timeZone: timeZone,
                                    dataFile: prepared.dataFile)
        let formats = formats.isEmpty ? [OutputFormat.html] : formats
        var (files, outputWarnings, htmlIsStreamed) = try outputs.render(filled, formats: formats)  // Render
        let sizes = try OutputFile.writeAll(files.map { (contents: $0.1, url: outputFile(for: $0.0)) })  // Write
        if htmlIsStreamed, let html = files.firstIndex(where: { $0.0 == .html }),
           let warning = outputs.clipWarning(htmlBytes: sizes[html]) {
            outputWarnings.append(warning)
        }
        return Outcome(files: files.map { outputFile(for: $0.0) }, warnings: prepared.warnings + outputWarnings)
    }

    /// Loads and checks the data, the earlier periods it is compared with and whose plans it reviews, and the
    /// templates, without writing anything.
    public func prepare() throws(DiagnosticError) -> Prepared {
        let folder = DataDirectory(dataDirectory)
        let source = try folder.source(for: period)
        let (report, history) = try loadData(from: source, in: folder)
        let templates = try TemplateSet.load(from: self.templates, locale: report.value.locale)
        return Prepared(report: report.value, history: history.value, templates: templates.value,
                        warnings: report.warnings + history.warnings + templates.warnings,
                        dataFile: source.url.relativePath)
    }

    /// The period's report and its history, with the review of the previous period's plans among the history's
    /// findings.
    func loadData(from source: DataDirectory.Source, in folder: DataDirectory)
        throws(DiagnosticError) -> (report: Checked<Report>, history: Checked<ReportHistory>) {
        let loader = ReportLoader(directory: folder)
        let report = try loader.load(source, period: period, locale: locale)
        var history = ReportHistory.load(for: period, with: loader)
        history.warnings += PlanReviewCheck.check(report.value, against: history.value.previous, file: source.url.relativePath)
        if history.warnings.hasErrors { throw DiagnosticError(report.warnings + history.warnings) }
        return (report, history)
    }

    /// Data files are the staff's work: the tool never writes among them, whatever the flags say.
    private func refuseOutputIntoDataFolder() throws(DiagnosticError) {
        try OutputGuard.refuseOutput(outputDirectory, insideDataFolder: dataDirectory)
    }
}
