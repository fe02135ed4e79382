import Foundation

/// One run of `summarize`: load a period's data, fill the templates, render, write `Output/<period>.html`.
public struct SummaryJob: Sendable {
    public var period: Period
    public var dataDirectory: URL
    public var templatesDirectory: URL
    public var outputDirectory: URL
    /// Overrides the data file's `locale:`.
    public var locale: ReportLocale?

    public init(period: Period, dataDirectory: URL, templatesDirectory: URL, outputDirectory: URL, locale: ReportLocale? = nil) {
        self.period = period
        self.dataDirectory = dataDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.locale = locale
    }

    /// The file the report is written to.
    public var outputFile: URL { outputDirectory.appendingPathComponent("\(period).html") }

    /// What a successful run produced.
    public struct Outcome: Sendable {
        public var file: URL
        public var warnings: [Diagnostic]
    }

    /// Loads and checks everything, and returns the renderer and the report without writing anything.
    public func prepare() throws(DiagnosticError) -> (report: Report, renderer: ReportRenderer, warnings: [Diagnostic]) {
        let (report, warnings) = try ReportLoader(directory: DataDirectory(dataDirectory)).load(period, locale: locale)
        let templates = try TemplateSet.load(from: templatesDirectory, locale: report.locale)
        return (report, ReportRenderer(templates: templates), warnings)
    }

    /// Runs the whole pipeline. Nothing is written unless every step succeeded.
    public func run() throws(DiagnosticError) -> Outcome {
        try refuseOutputIntoDataFolder()
        let (report, renderer, warnings) = try prepare()
        FreedMemory.returnToSystem()  // the node tree is gone; see FreedMemory
        let html = renderer.html(for: report)
        try OutputFile.write(html, to: outputFile)
        return Outcome(file: outputFile, warnings: warnings)
    }

    /// Data files are the staff's work: the tool never writes among them, whatever the flags say.
    private func refuseOutputIntoDataFolder() throws(DiagnosticError) {
        let output = outputDirectory.standardizedFileURL.resolvingSymlinksInPath().path
        let data = dataDirectory.standardizedFileURL.resolvingSymlinksInPath().path
        if output == data || output.hasPrefix(data + "/") {
            throw DiagnosticError(Diagnostic(file: outputDirectory.relativePath,
                                             "the output folder is inside the data folder \(dataDirectory.relativePath)",
                                             hint: "write reports to a separate folder, e.g. --output Output"))
        }
    }
}
