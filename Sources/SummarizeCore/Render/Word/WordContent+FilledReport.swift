import Foundation

extension WordContent {
    /// The Word document of a filled report: its title, each part's Markdown (the metrics as their pipe table)
    /// split into prose, parsed by cmark, and pipe tables, as ``PlainTextReport`` reads them; the organization and
    /// the date as the signature.
    init(_ filled: FilledReport, created: Date) {
        let report = filled.report
        let body = filled.parts.flatMap { part in
            PipeTable.chunks(of: part.markdown).map { chunk -> Chunk in
                switch chunk {
                case let .markdown(text): .blocks(CommonMark().blocks(from: text))
                case let .table(table): .table(table)
                }
            }
        }
        self.init(titleLines: report.titleLines, body: body, organization: report.organization,
                  date: report.date?.formatted(in: report.locale), locale: report.locale, created: created)
    }
}
