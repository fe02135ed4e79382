/// Turns a checked ``Report`` into the finished HTML document, in two steps that can be run and measured alone:
/// ``fill(_:)`` fills the section templates, ``html(for:)`` renders their Markdown with cmark and places the result
/// in the layout.
public struct ReportRenderer: Sendable {
    public let templates: TemplateSet
    private let commonMark = CommonMark()

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// Fills the introduction and every present section, numbered in order without gaps (一、二、…); the metrics
    /// are compared with the earlier periods in `history`.
    public func fill(_ report: Report, history: ReportHistory = .none) -> FilledReport {
        let reportContext = ReportContext(report: report)
        var parts: [FilledReport.Part] = []
        if report.intro != nil {
            parts.append(.init(section: nil, text: templates.render("intro.md", reportContext), isMarkdown: true))
        }
        for (index, section) in report.presentSections.enumerated() {
            let context = SectionContext(
                number: Numeral(index + 1), entries: report.entries(of: section),
                metrics: section == .metrics ? history.compare(report) : [],
                reviews: section == .review ? report.review : [], report: reportContext)
            parts.append(.init(section: section, text: templates.render(section.templateName, context),
                               isMarkdown: section != .metrics,
                               markdownAlternative: section == .metrics ? templates.render("metrics.md", context) : nil))
        }
        return FilledReport(report: report, parts: parts)
    }

    /// The complete HTML document of a filled report.
    ///
    /// The layout is rendered around a placeholder and the parts' HTML spliced in (see ``LayoutPlaceholder``), so
    /// that a large body is copied once, into a string of the final size.
    ///
    /// The filled report is consumed: each part's Markdown is let go as soon as its HTML exists, so that at no
    /// point are the whole Markdown, the parts' HTML and the document held at once.
    public func html(for filled: consuming FilledReport) -> String {
        var bodies: [String] = []
        let report = filled.report
        forEachBodyPiece(of: &filled) { bodies.append($0) }
        let context = ReportContext(report: report)
        let placeholder = LayoutPlaceholder(report: context)
        if let html = placeholder.splice(&bodies, into: templates.render("document.html", placeholder)) {
            return html
        }
        return templates.render("document.html", DocumentContext(report: context, content: bodies.joined()))
    }

    /// Writes the complete HTML document of a filled report to `sink` in pieces: the layout before the body, each
    /// piece of each part's HTML as soon as it exists, the layout after the body. The pieces joined are exactly
    /// ``html(for:)``; a large report is never held whole (the output file receives it as it is made).
    public func writeHTML(for filled: consuming FilledReport, to sink: (String) throws -> Void) rethrows {
        let placeholder = LayoutPlaceholder(report: ReportContext(report: filled.report))
        let layout = templates.render("document.html", placeholder)
        guard let (before, after) = placeholder.surroundings(in: layout) else {
            try sink(html(for: filled))
            return
        }
        try sink(String(before))
        try forEachBodyPiece(of: &filled, sink)
        try sink(String(after))
    }

    /// The report's body as HTML, piece by piece, in order: each part's Markdown rendered with its styles, the
    /// metrics table as its template made it. A long part is parsed in pieces (``MarkdownChunks``), so that cmark's
    /// node tree and its copy in Swift values never hold more than a piece at a time; the HTML is the same as that
    /// of the whole part. Each part's Markdown is let go as soon as its HTML exists.
    private func forEachBodyPiece(of filled: inout FilledReport, _ body: (String) throws -> Void) rethrows {
        let styled = StyledHTML(styles: templates.styles)
        for index in filled.parts.indices {
            let part = filled.parts[index]
            filled.parts[index].text = ""
            guard part.isMarkdown else {
                try body(part.text)
                continue
            }
            for piece in MarkdownChunks.split(part.text, size: CommonMark.pieceSize) {
                try body(styled.render(commonMark.blocks(from: String(piece))))
            }
        }
    }

    /// Both steps at once.
    public func html(for report: Report, history: ReportHistory = .none) -> String {
        html(for: fill(report, history: history))
    }
}
