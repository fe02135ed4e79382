/// The report as plain text: the `text/plain` part of the email and `--format txt`.
///
/// Same words and numbering as the HTML (the numbers are text in the templates), wrapped to a width in display
/// columns (a Chinese character is two), with the metrics as aligned columns and the signature placed as GB/T 9704
/// places it. Paragraphs and headings indent their first line as the house style's `text-indent` says (2em → two
/// full-width spaces in Chinese), so the plain text follows `styles.css` too.
struct PlainTextReport: Sendable {
    /// 72 columns: 36 Chinese characters, and the customary width of plain-text mail.
    static let defaultWidth = 72

    /// The house style, read for the first-line indents.
    var styles: StyleTable
    /// The widest line, in display columns.
    var width: Int

    /// A writer for one house style and line width.
    init(styles: StyleTable, width: Int = Self.defaultWidth) {
        self.styles = styles
        self.width = width
    }

    /// The whole report: title, every part, signature; lines end in "\n".
    func render(_ filled: FilledReport) -> String {
        let report = filled.report
        var blocks: [[String]] = [report.titleLines.flatMap(centred)]
        for part in filled.parts {
            blocks += render(markdown: part.markdown, locale: report.locale)
        }
        blocks.append(signature(organization: report.organization, date: report.date?.formatted(in: report.locale)))
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    // MARK: Markdown

    /// Each block of the Markdown as lines; pipe tables are laid out as columns.
    func render(markdown: String, locale: ReportLocale) -> [[String]] {
        PipeTable.chunks(of: markdown).flatMap { chunk -> [[String]] in
            switch chunk {
            case let .markdown(text): CommonMark().blocks(from: text).compactMap { lines(of: $0, locale: locale, prefix: "") }
            case let .table(table): [table.lines(width: width)]
            }
        }
    }

    private func lines(of block: MarkdownBlock, locale: ReportLocale, prefix: String) -> [String]? {
        let wrapper = LineWrapper(width: width)
        switch block {
        case let .heading(level, inlines):
            return wrapper.wrap(inlines.plainText(softBreak: SoftBreak(locale)), firstPrefix: prefix + indent("h\(level)", locale, nested: !prefix.isEmpty), prefix: prefix)
        case let .paragraph(inlines):
            return wrapper.wrap(inlines.plainText(softBreak: SoftBreak(locale)), firstPrefix: prefix + indent("p", locale, nested: !prefix.isEmpty), prefix: prefix)
        case let .blockQuote(children):
            return Array(children.compactMap { lines(of: $0, locale: locale, prefix: prefix + "> ") }
                .joined(separator: [prefix + ">"]))
        case let .list(list):
            var result: [String] = []
            for (offset, item) in list.items.enumerated() {
                let marker = list.isOrdered ? "\(list.start + offset). " : "- "
                let hanging = prefix + String(repeating: " ", count: marker.count)
                var itemLines = Array(item.compactMap { lines(of: $0, locale: locale, prefix: hanging) }
                    .joined(separator: list.isTight ? [] : [""]))
                if !itemLines.isEmpty {
                    itemLines[0] = prefix + marker + itemLines[0].dropFirst(hanging.count)
                }
                result += itemLines
                if !list.isTight && offset < list.items.count - 1 { result.append("") }
            }
            return result
        case let .codeBlock(_, text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0)
                .map { prefix + "    " + $0 }
        case .thematicBreak:
            return [prefix + "* * *"]
        case .rawHTML:
            return nil
        }
    }

    /// The first-line indent the style table gives an element: `text-indent: 2em` (or 32pt with a 16pt font) is
    /// two full-width spaces in a Chinese report, four spaces otherwise. Paragraphs in lists and quotes, which have
    /// a marker, get none. Whatever the table holds (it may be built in code, unchecked), the indent is a whole
    /// number of ems from none to a quarter of the width, so that a huge or odd value cannot blow up a line.
    private func indent(_ element: String, _ locale: ReportLocale, nested: Bool) -> String {
        guard !nested, let length = styles.length(of: "text-indent", for: element),
              let ems = length.ems(fontSize: styles.length(of: "font-size", for: element)), ems.isFinite
        else { return "" }
        let count = Int(min(max(0, ems.rounded()), Double(max(0, width / 4))))
        return locale == .en ? String(repeating: "  ", count: count) : String(repeating: "\u{3000}", count: count)
    }

    // MARK: Title and signature

    private func centred(_ title: String) -> [String] {
        LineWrapper(width: width).wrap(title).map { line in
            String(repeating: " ", count: max(0, (width - DisplayWidth.of(line)) / 2)) + line
        }
    }

    /// GB/T 9704 §7.3.5.2 in columns: the organization ends two characters (4 columns) from the right; the date
    /// starts two characters right of the organization's start, or, when it is longer, keeps the 4-column right
    /// space itself and the organization moves left.
    func signature(organization: String, date: String?) -> [String] {
        let margin = 4, step = 4
        let nameWidth = DisplayWidth.of(organization)
        let dateWidth = date.map { DisplayWidth.of($0) + step } ?? 0
        let start = max(0, width - margin - max(nameWidth, dateWidth))
        var lines = [String(repeating: " ", count: start) + organization]
        if let date {
            lines.append(String(repeating: " ", count: start + step) + date)
        }
        return lines
    }
}
