/// The styles part (`word/styles.xml`) of a document and the `w:styleId` under which it holds each of our styles.
///
/// Ours by default (``standard(_:pageSetup:)``); with a reference document, the reference's own part with our
/// missing styles added (``ReferenceDocument``), whose IDs may differ from ours (Chinese Word saves heading 1 as `1`).
struct WordStyleSheet: Sendable {
    var xml: String
    var ids: [WordStyle: String]

    /// The ID to write in `w:pStyle`, `w:rStyle` or `w:tblStyle` for a style.
    func id(_ style: WordStyle) -> String {
        ids[style] ?? style.id
    }

    /// Our own styles for a house style, with indents measured on the page's character grid.
    static func standard(_ house: WordHouseStyle, pageSetup: WordPageSetup) -> WordStyleSheet {
        let definitions = WordStyleDefinitions(house: house, pageSetup: pageSetup)
        var writer = XMLWriter()
        writer.start("w:styles", [("xmlns:w", WordNamespace.main)])
        definitions.writeDocumentDefaults(to: &writer)
        for style in WordStyle.allCases {
            definitions.write(style, to: &writer)
        }
        writer.end()
        return WordStyleSheet(xml: writer.document, ids: Dictionary(uniqueKeysWithValues: WordStyle.allCases.map { ($0, $0.id) }))
    }
}
