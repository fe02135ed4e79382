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
    struct Prepared: Sendable {
        var report: Report
        var history: ReportHistory
        var templates: TemplateSet
        var warnings: [Diagnostic]
        /// The data file (or department folder) as messages name it.
        var dataFile: String
    }

    /// The run, step by step. Nothing is written unless every step succeeded.
    public func run() throws(DiagnosticError) -> Outcome {
        try refuseOutputIntoDataFolder()
        let prepared = try prepare()                                                  // Load and check
        FreedMemory.returnToSystem()
        var filled: FilledReport? = Filler(templates: prepared.templates)             // Fill
            .fill(prepared.report, history: prepared.history)
        let formats = formats.isEmpty ? [OutputFormat.html] : formats
        let renderer = ReportFormats(templates: prepared.templates, email: email, now: clock(), timeZone: timeZone,
                                     dataFile: prepared.dataFile)
        let record = ReportRecord(
            fingerprint: ReportRecord.fingerprint(of: period, data: DataDirectory(dataDirectory), templates: templates,
                                                  locale: prepared.report.locale),
            locale: prepared.report.locale.rawValue, formats: formats.map(\.rawValue))
        var warnings = prepared.warnings
        try OutputTransaction.write(into: outputDirectory) { out in                     // Render and write
            guard let report = filled.take() else { return }
            warnings += try renderer.write(report, formats: formats, into: out)
            try out.file(named: ReportRecord.fileName(for: period)) { try $0.write(record.data) }
        }
        return Outcome(files: formats.map(outputFile(for:)), warnings: warnings)
    }

    /// Loads and checks the data, the earlier periods it is compared with and whose plans it reviews, and the
    /// templates, without writing anything.
    func prepare() throws(DiagnosticError) -> Prepared {
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
