import Testing
@_spi(Stages) @testable import SummarizeCore

/// A pipe table as a ruled Word table.
@Suite struct WordTableTests {
    static let metrics = PipeTable(lines: [
        "| 序号 | 项目 | 本期 | 上期（环比） |",
        "| :-: | --- | --: | --: |",
        "| 1 | 发放科普宣传资料 | 1200份 | 1000份（+20.0%） |",
        "| 2 | 参加地震应急演练的师生 | 3000人 | — |",
    ])!

    static func xml(_ table: PipeTable) -> String {
        var writer = XMLWriter(declaration: false)
        WordTable(table: table, styles: .standard(.for(.zhHans), pageSetup: .gbt9704), width: 8845).write(to: &writer)
        return writer.document
    }

    static func values(of attribute: String, in xml: String) -> [String] {
        xml.components(separatedBy: attribute + "=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func columnsFillTheTypeAreaAndFiguresDoNotWrap() {
        let widths = WordTable(table: Self.metrics, styles: .standard(.for(.zhHans), pageSetup: .gbt9704), width: 8845).columnWidths
        #expect(widths.reduce(0, +) == 8845)
        // 3000人: 4 digits and a character at 14 pt, plus the cell margins, fit in the 本期 column.
        #expect(widths[2] >= Int((4 * 7 + 14 + 3) * 20.0) + 216)
        #expect(widths[1] > widths[0])
    }

    @Test func writesARuledFixedTableWithARepeatingHeader() {
        let xml = Self.xml(Self.metrics)
        #expect(xml.hasPrefix(#"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8845" w:type="dxa"/>"#))
        #expect(xml.contains(#"<w:tblLayout w:type="fixed"/>"#))
        let gridColumns = Self.values(of: "w:w", in: xml.components(separatedBy: "<w:tblGrid>")[1].components(separatedBy: "</w:tblGrid>")[0])
        #expect(gridColumns.compactMap { Int($0) }.reduce(0, +) == 8845)
        let cellWidths = Self.values(of: "<w:tcW w:w", in: xml)
        #expect(cellWidths == Array(repeating: gridColumns, count: 3).flatMap { $0 })
        #expect(xml.components(separatedBy: "<w:tblHeader/>").count == 2, "only the first row repeats")
        #expect(xml.contains(#"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"#))
        #expect(xml.components(separatedBy: "<w:cantSplit/>").count == 4, "no row splits")
    }

    @Test func cellsTakeTheirColumnsAlignment() {
        let xml = Self.xml(Self.metrics)
        let rows: [String] = Array(xml.components(separatedBy: "<w:tr>").dropFirst())
        #expect(Self.values(of: "w:pStyle w:val", in: rows[0]) == Array(repeating: "TableHeading", count: 4))
        #expect(Self.values(of: "w:pStyle w:val", in: rows[1]) == Array(repeating: "TableText", count: 4))
        #expect(Self.values(of: "w:jc w:val", in: rows[1]) == ["center", "right", "right"])
        #expect(rows[2].contains("<w:t>参加地震应急演练的师生</w:t>"))
    }

    @Test func tableTextHasNoFirstLineIndent() {
        let styles = WordStyleSheet.standard(.for(.zhHans), pageSetup: .gbt9704).xml
        let tableText = styles.components(separatedBy: #"w:styleId="TableText">"#)[1].components(separatedBy: "</w:style>")[0]
        #expect(tableText.contains(#"<w:ind w:firstLineChars="0" w:firstLine="0"/>"#))
    }
}
