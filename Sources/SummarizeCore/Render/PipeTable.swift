import Foundation

/// A Markdown pipe table (the GitHub form) as rows of plain-text cells, laid out for plain text in aligned columns.
///
/// CommonMark has no tables, so cmark would show one as a paragraph; the plain-text output reads them here:
/// a header row, a delimiter row whose colons give each column's alignment (`:-:` centre, `--:` right), then the body.
/// Cells are Markdown, so `\|` is a pipe inside a cell and escapes are removed by cmark.
struct PipeTable: Equatable {
    enum Alignment: Equatable { case left, center, right }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]]

    /// The table in `lines`, or nil unless they are a header row, a delimiter row and body rows, all starting with `|`.
    init?(lines: [Substring]) {
        guard lines.count >= 2, lines.allSatisfy(Self.isRow) else { return nil }
        let delimiter = Self.cells(of: lines[1])
        guard !delimiter.isEmpty, delimiter.allSatisfy(Self.isDelimiter) else { return nil }
        alignments = delimiter.map { cell in
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
            case (true, true): .center
            case (false, true): .right
            default: .left
            }
        }
        let columns = alignments.count
        func normalized(_ line: Substring) -> [String] {
            let cells = Self.cells(of: line).map(Self.plainText)
            return Array((cells + Array(repeating: "", count: max(0, columns - cells.count))).prefix(columns))
        }
        header = normalized(lines[0])
        rows = lines.dropFirst(2).map(normalized)
    }

    /// A piece of Markdown: prose for cmark, or a pipe table.
    enum Chunk {
        case markdown(String)
        case table(PipeTable)
    }

    /// Splits Markdown into its pipe tables and the prose around them.
    static func chunks(of markdown: String) -> [Chunk] {
        var chunks: [Chunk] = []
        var pending: [Substring] = []
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        func flush() {
            if !pending.isEmpty { chunks.append(.markdown(pending.joined(separator: "\n"))) }
            pending = []
        }
        while index < lines.count {
            if isRow(lines[index]) {
                let end = lines[index...].firstIndex { !isRow($0) } ?? lines.count
                if let table = PipeTable(lines: Array(lines[index..<end])) {
                    flush()
                    chunks.append(.table(table))
                    index = end
                    continue
                }
            }
            pending.append(lines[index])
            index += 1
        }
        flush()
        return chunks
    }

    /// The table as Markdown again, each cell escaped only where Markdown would read it as syntax.
    var markdownLines: [String] {
        func row(_ cells: [String]) -> String {
            "| " + cells.map { cell in
                cell.map { "\\|*_`[]<>!&".contains($0) ? "\\\($0)" : String($0) }.joined()
            }.joined(separator: " | ") + " |"
        }
        let delimiter = alignments.map { alignment in
            switch alignment {
            case .left: "---"
            case .center: ":-:"
            case .right: "--:"
            }
        }
        return [row(header), "| " + delimiter.joined(separator: " | ") + " |"] + rows.map(row)
    }

    static func isRow(_ line: Substring) -> Bool {
        line.drop(while: { $0 == " " }).hasPrefix("|")
    }

    /// The table as lines of text no wider than `width` when it can be: the widest column that is not
    /// right-aligned wraps its cells if the table would be wider.
    func lines(width: Int, separator: String = "  ") -> [String] {
        let all = [header] + rows
        var widths = (0..<alignments.count).map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        let total = widths.reduce(0, +) + DisplayWidth.of(separator) * (widths.count - 1)
        if total > width,
           let column = widths.indices.filter({ alignments[$0] != .right }).max(by: { widths[$0] < widths[$1] }) {
            widths[column] = max(4, widths[column] - (total - width))
        }
        func render(_ row: [String]) -> [String] {
            let cellLines = row.enumerated().map { column, text in
                DisplayWidth.of(text) > widths[column] ? LineWrapper(width: widths[column]).wrap(text) : [text]
            }
            let height = cellLines.map(\.count).max() ?? 1
            return (0..<height).map { index in
                cellLines.enumerated().map { column, lines in
                    pad(index < lines.count ? lines[index] : "", to: widths[column], alignments[column])
                }.joined(separator: separator).trimmingTrailingSpaces()
            }
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: separator)
        return render(header) + [rule] + rows.flatMap(render)
    }

    private func pad(_ text: String, to width: Int, _ alignment: Alignment) -> String {
        let room = max(0, width - DisplayWidth.of(text))
        switch alignment {
        case .left: return text + String(repeating: " ", count: room)
        case .right: return String(repeating: " ", count: room) + text
        case .center:
            return String(repeating: " ", count: room / 2) + text + String(repeating: " ", count: room - room / 2)
        }
    }

    /// The cells of a row, split at pipes that are not escaped.
    static func cells(of line: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line.trimmingCharacters(in: .whitespaces) {
            if character == "|" && !escaped {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
            escaped = character == "\\" && !escaped
        }
        cells.append(current)
        if cells.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { cells.removeFirst() }
        if cells.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { cells.removeLast() }
        return cells.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func isDelimiter(_ cell: String) -> Bool {
        var body = Substring(cell)
        if body.hasPrefix(":") { body = body.dropFirst() }
        if body.hasSuffix(":") { body = body.dropLast() }
        return !body.isEmpty && body.allSatisfy { $0 == "-" }
    }

    /// A cell's Markdown as the text a reader sees.
    private static func plainText(_ markdown: String) -> String {
        CommonMark().blocks(from: markdown).compactMap { block -> String? in
            if case let .paragraph(inlines) = block { return inlines.plainText(softBreak: .space) }
            return nil
        }.joined(separator: " ")
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
