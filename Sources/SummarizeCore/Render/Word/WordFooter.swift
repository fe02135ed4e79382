/// A footer part with the page number as GB/T 9704 §7.5 has it: 四号 宋体 Arabic digits between two 一字线, `— 1 —`,
/// on odd pages at the right and on even pages at the left, one 四号 character (280 twips) in.
///
/// The number is a complex field (begin, ` PAGE `, separate, cached result, end), which every reader shows and
/// python-docx reads as text; `w:fldSimple` would hide the number from readers of paragraph text.
enum WordFooter {
    enum Side: Sendable {
        case odd, even
    }

    static func xml(_ side: Side, styles: WordStyleSheet) -> String {
        var writer = XMLWriter()
        writer.start("w:ftr", [("xmlns:w", WordNamespace.main)])
        writer.element("w:p") { writer in
            var properties = WordParagraphProperties(style: styles.id(.footer))
            let oneCharacter = WordHouseStyle.pageNumberSize * 10
            switch side {
            case .odd:
                properties.rightIndent = .init(hundredthsOfCharacter: nil, twips: oneCharacter)
                properties.alignment = .right
            case .even:
                properties.leftIndent = oneCharacter
                properties.alignment = .left
            }
            properties.write(to: &writer)
            func run(_ content: (inout XMLWriter) -> Void) { writer.element("w:r", [], content) }
            run { $0.runText("— ") }
            run { $0.empty("w:fldChar", [("w:fldCharType", "begin")]) }
            run { $0.element("w:instrText", [("xml:space", "preserve")], text: " PAGE ") }
            run { $0.empty("w:fldChar", [("w:fldCharType", "separate")]) }
            run { $0.runText("1") }
            run { $0.empty("w:fldChar", [("w:fldCharType", "end")]) }
            run { $0.runText(" —") }
        }
        writer.end()
        return writer.document
    }
}
