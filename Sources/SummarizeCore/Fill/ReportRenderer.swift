import Foundation

/// Turns a checked ``Report`` into the finished HTML document, in two steps that can be run and measured alone:
/// ``fill(_:)`` fills the section templates, ``html(for:)`` renders their Markdown with cmark and places the result
/// in the layout.
public struct ReportRenderer: Sendable {
    public let templates: TemplateSet
    private let commonMark = CommonMark()
    /// From this many entries and items on, ``fill(_:history:)`` fills the sections on every core at once.
    var concurrentFillThreshold = 500

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// Fills the introduction and every present section, numbered in order without gaps (一、二、…); the metrics
    /// are compared with the earlier periods in `history`.
    ///
    /// The sections are independent, so a large report fills them on every core at once; a report of fewer than
    /// `concurrentFillThreshold` entries and items fills them one after another, as starting threads would cost
    /// more than it saves.
    public func fill(_ report: Report, history: ReportHistory = .none) -> FilledReport {
        let reportContext = ReportContext(report: report)
        // The introduction (no section, no number), then each present section with its number.
        let parts: [(section: ReportSection?, number: Int)] = (report.intro == nil ? [] : [(nil, 0)])
            + report.presentSections.enumerated().map { ($1, $0 + 1) }
        let fillPart = { @Sendable (part: (section: ReportSection?, number: Int)) -> FilledReport.Part in
            guard let section = part.section else {
                return .init(section: nil, text: self.templates.render("intro.md", reportContext), isMarkdown: true)
            }
            let context = SectionContext(
                number: Numeral(part.number), entries: report.entries(of: section),
                metrics: section == .metrics ? history.compare(report) : [],
                reviews: section == .review ? report.review : [], report: reportContext)
            return .init(section: section, text: self.templates.render(section.templateName, context),
                         isMarkdown: section != .metrics,
                         markdownAlternative: section == .metrics ? self.templates.render("metrics.md", context) : nil)
        }
        let size = { (part: (section: ReportSection?, number: Int)) in part.section.map(report.itemCount(of:)) ?? 0 }
        let filled = parts.map(size).reduce(0, +) < concurrentFillThreshold
            ? parts.map(fillPart)
            : parts.concurrentMap(cost: size, fillPart)
        return FilledReport(report: report, parts: filled)
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
    /// metrics table as its template made it. A long part is parsed in pieces (``MarkdownChunks``), rendered a few
    /// at a time, one on each core, and handed on in order: cmark's node tree and its copy in Swift values never
    /// hold more than one piece per core, and the HTML is the same as that of the whole part. Each part's Markdown
    /// is let go as soon as its HTML exists.
    private func forEachBodyPiece(of filled: inout FilledReport, _ body: (String) throws -> Void) rethrows {
        let styled = StyledHTML(styles: templates.styles)
        let commonMark = self.commonMark
        let render = { @Sendable (piece: Substring) in styled.render(commonMark.blocks(from: String(piece))) }
        for index in filled.parts.indices {
            let part = filled.parts[index]
            filled.parts[index].text = ""
            guard part.isMarkdown else {
                try body(part.text)
                continue
            }
            let pieces = MarkdownChunks.split(part.text, size: CommonMark.pieceSize)
            let batchSize = pieces.count > 1 ? ProcessInfo.processInfo.activeProcessorCount : 1
            for start in stride(from: 0, to: pieces.count, by: batchSize) {
                let batch = Array(pieces[start..<min(start + batchSize, pieces.count)])
                for html in batch.concurrentMap(cost: \.utf8.count, render) { try body(html) }
            }
        }
    }

    /// Both steps at once.
    public func html(for report: Report, history: ReportHistory = .none) -> String {
        html(for: fill(report, history: history))
    }
}
