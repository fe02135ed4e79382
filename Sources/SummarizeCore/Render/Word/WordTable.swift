/// A pipe table as a ruled Word table (`w:tbl`) across the type area.
///
/// Table Grid draws all six rules (single, 0.5 pt, black); the layout is fixed, with a `w:gridCol` and a `w:tcW`
/// per column (WPS takes widths from the grid and does not autofit). The header row repeats on every page
/// (`w:tblHeader`); no row splits across pages (`w:cantSplit`). Cells hold Table Heading or Table Text paragraphs,
/// which have no first-line indent; a body cell's alignment is its column's (`:-:` centre, `--:` right).
struct WordTable {
    var table: PipeTable
    var styles: WordStyleSheet
    /// The width of the type area, in twips; the columns add up to it.
    var width: Int
    /// Narrows every run (the LibreOffice variant, see ``WordDocumentXML/characterSpacing``).
    var characterSpacing: Int? = nil

    /// Each column's width, in twips, adding up to `width`. A column's natural width is its widest cell; its least
    /// width its widest unbreakable piece (cells break before a parenthesis and at spaces; Chinese text anywhere,
    /// but not narrower than 8 characters). Columns get their natural widths when they fit, and otherwise shrink
    /// from natural towards least in proportion, so that figures such as 3000人 never wrap.
    var columnWidths: [Int] {
        let columns = table.alignments.count
        guard columns > 0 else { return [] }
        let cells = [table.header] + table.rows
        // In half-characters of the table text; one more for the space LibreOffice and Word add at CJK–Latin boundaries.
        let natural = (0..<columns).map { column in max(4, cells.map { DisplayWidth.of($0[column]) }.max() ?? 0) + 1 }
        let least = (0..<columns).map { column in
            min(natural[column], max(4, cells.map { Self.widestPiece(of: $0[column]) }.max() ?? 0) + 1)
        }
        let halfCharacter = Double(WordHouseStyle.tableSize) * 10 / 2
        let padding = 2.0 * 108
        let twips = { (halfCharacters: Int) in Double(halfCharacters) * halfCharacter + padding }
        let naturalTwips = natural.map(twips), leastTwips = least.map(twips)
        let available = Double(width)
        let wanted: [Double]
        if naturalTwips.reduce(0, +) <= available {
            wanted = naturalTwips.map { $0 / naturalTwips.reduce(0, +) * available }
        } else if leastTwips.reduce(0, +) <= available {
            let share = (available - leastTwips.reduce(0, +)) / (naturalTwips.reduce(0, +) - leastTwips.reduce(0, +))
            wanted = zip(leastTwips, naturalTwips).map { $0 + ($1 - $0) * share }
        } else {
            wanted = leastTwips.map { $0 / leastTwips.reduce(0, +) * available }
        }
        var widths = wanted.map { Int($0.rounded(.down)) }
        widths[widths.indices.max { wanted[$0] < wanted[$1] }!] += width - widths.reduce(0, +)
        return widths
    }

    /// The widest piece of a cell that stays on one line, in half-characters (``DisplayWidth`` columns).
    static func widestPiece(of text: String) -> Int {
        var widest = 0, current = 0, currentIsChinese = true
        func finish() {
            widest = max(widest, currentIsChinese ? min(current, 16) : current)
            current = 0
            currentIsChinese = true
        }
        for character in text {
            if character == " " { finish(); continue }
            if character == "（" || character == "(" { finish() }
            current += DisplayWidth.of(character)
            if let scalar = character.unicodeScalars.first, !CJK.isWide(scalar), !"（）".contains(character) {
                currentIsChinese = false
            }
        }
        finish()
        return widest
    }

    func write(to writer: inout XMLWriter) {
        let widths = columnWidths
        writer.element("w:tbl") { writer in
            writer.element("w:tblPr") { writer in
                writer.empty("w:tblStyle", [("w:val", styles.id(.tableGrid))])
                writer.empty("w:tblW", [("w:w", "\(width)"), ("w:type", "dxa")])
                writer.empty("w:jc", [("w:val", "center")])
                writer.empty("w:tblLayout", [("w:type", "fixed")])
                writer.empty("w:tblLook", [("w:val", "04A0"), ("w:firstRow", "1"), ("w:lastRow", "0"),
                                           ("w:firstColumn", "1"), ("w:lastColumn", "0"), ("w:noHBand", "0"),
                                           ("w:noVBand", "1")])
            }
            writer.element("w:tblGrid") { writer in
                for width in widths { writer.empty("w:gridCol", [("w:w", "\(width)")]) }
            }
            writeRow(table.header, isHeader: true, widths: widths, to: &writer)
            for row in table.rows {
                writeRow(row, isHeader: false, widths: widths, to: &writer)
            }
        }
    }

    private func writeRow(_ cells: [String], isHeader: Bool, widths: [Int], to writer: inout XMLWriter) {
        writer.element("w:tr") { writer in
            writer.element("w:trPr") { writer in
                writer.empty("w:cantSplit")
                if isHeader { writer.empty("w:tblHeader") }
            }
            for (column, text) in cells.enumerated() {
                writer.element("w:tc") { writer in
                    writer.element("w:tcPr") { writer in
                        writer.empty("w:tcW", [("w:w", "\(widths[column])"), ("w:type", "dxa")])
                        writer.empty("w:vAlign", [("w:val", "center")])
                    }
                    var properties = WordParagraphProperties(style: styles.id(isHeader ? .tableHeading : .tableText))
                    if !isHeader {
                        switch table.alignments[column] {
                        case .left: break
                        case .center: properties.alignment = .center
                        case .right: properties.alignment = .right
                        }
                    }
                    writer.element("w:p") { writer in
                        properties.write(to: &writer)
                        if !text.isEmpty {
                            writer.element("w:r") { writer in
                                WordRunProperties(characterSpacing: characterSpacing).write(to: &writer)
                                writer.runText(text)
                            }
                        }
                    }
                }
            }
        }
    }
}
