/// The report as one self-contained HTML document: the layout (`document.html`) around the body, each part's
/// Markdown rendered with its styles inline, the metrics table as its template made it.
@_spi(Stages) public struct HTMLReport: Sendable {
    let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// Writes the document to `sink` in pieces: the layout before the body, each piece of each part's HTML as soon
    /// as it exists, the layout after the body. A large report is never held whole, and each part's Markdown is let
    /// go as soon as its HTML exists.
    func write(_ filled: consuming FilledReport, to sink: (String) throws -> Void) rethrows {
        let (before, after) = LayoutSplice.surroundings(of: filled.report, in: templates)
        try sink(String(before))
        let styled = StyledHTML(styles: templates.styles, softBreak: SoftBreak(filled.report.locale))
        let commonMark = CommonMark()
        let render = { @Sendable (piece: Substring) in styled.render(commonMark.blocks(from: String(piece))) }
        for index in filled.parts.indices {
            let body = filled.parts[index].body
            filled.parts[index].body = .markdown("")
            switch body {
            case let .markdown(markdown): try PieceRendering.forEachPiece(of: markdown, render: render, sink)
            case let .table(html, _): try sink(html)
            }
        }
        try sink(String(after))
    }

    /// The whole document as one string, for the email, which needs it twice.
    public func document(_ filled: consuming FilledReport) -> String {
        var html = ""
        write(filled) { html += $0 }
        return html
    }
}
