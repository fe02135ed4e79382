/// The paragraph properties (`w:pPr`) the document uses, written in the order the schema's sequence requires
/// (pStyle keepNext keepLines widowControl snapToGrid spacing ind jc outlineLvl).
struct WordParagraphProperties: Hashable, Sendable {
    /// `w:jc` values (Transitional: `both` is justified).
    enum Alignment: String, Sendable {
        case left, center, right, both
    }

    /// A first-line or right indent in characters, written both as `…Chars` (hundredths of a character) and in
    /// twips at the grid's character pitch, since some readers know only one of them; or in twips alone.
    struct Indent: Hashable, Sendable {
        /// nil: the indent is `twips` whatever the character size (the footer's one 四号 character).
        var hundredthsOfCharacter: Int?
        var twips: Int

        static let zero = Indent(hundredthsOfCharacter: 0, twips: 0)

        init(hundredthsOfCharacter: Int?, twips: Int) {
            self.hundredthsOfCharacter = hundredthsOfCharacter
            self.twips = twips
        }

        /// `characters` characters of `pitch` twips each.
        init(characters: Double, pitch: Double) {
            self.init(hundredthsOfCharacter: Int((characters * 100).rounded()), twips: Int((characters * pitch).rounded()))
        }
    }

    /// A paragraph style ID.
    var style: String?
    var keepWithNext = false
    var keepLinesTogether = false
    /// `w:widowControl`: true writes it on, false off; nil leaves it to the style.
    var widowControl: Bool?
    /// `w:snapToGrid w:val="0"`: the paragraph ignores the document grid.
    var ignoresGrid = false
    /// Space before and after, in twips.
    var spaceBefore: Int?
    var spaceAfter: Int?
    /// An exact line height in twips (`w:lineRule="exact"`).
    var exactLineHeight: Int?
    var firstLineIndent: Indent?
    var rightIndent: Indent?
    /// Twips, for the even-page footer.
    var leftIndent: Int?
    var alignment: Alignment?
    /// 0 for heading 1: the level in Word's navigation pane.
    var outlineLevel: Int?
    var runProperties = WordRunProperties()

    var isEmpty: Bool { self == WordParagraphProperties() }

    /// Writes `<w:pPr>…</w:pPr>`, or nothing when there is no property.
    func write(to writer: inout XMLWriter) {
        guard !isEmpty else { return }
        writer.element("w:pPr") { writer in
            if let style { writer.empty("w:pStyle", [("w:val", style)]) }
            if keepWithNext { writer.empty("w:keepNext") }
            if keepLinesTogether { writer.empty("w:keepLines") }
            if let widowControl { writer.empty("w:widowControl", widowControl ? [] : [("w:val", "0")]) }
            if ignoresGrid { writer.empty("w:snapToGrid", [("w:val", "0")]) }
            if spaceBefore != nil || spaceAfter != nil || exactLineHeight != nil {
                var spacing: [(String, String)] = []
                if let spaceBefore { spacing.append(("w:before", "\(spaceBefore)")) }
                if let spaceAfter { spacing.append(("w:after", "\(spaceAfter)")) }
                if let exactLineHeight { spacing += [("w:line", "\(exactLineHeight)"), ("w:lineRule", "exact")] }
                writer.empty("w:spacing", spacing)
            }
            if firstLineIndent != nil || rightIndent != nil || leftIndent != nil {
                var indent: [(String, String)] = []
                if let leftIndent { indent.append(("w:left", "\(leftIndent)")) }
                if let rightIndent {
                    if let characters = rightIndent.hundredthsOfCharacter { indent.append(("w:rightChars", "\(characters)")) }
                    indent.append(("w:right", "\(rightIndent.twips)"))
                }
                if let firstLineIndent {
                    if let characters = firstLineIndent.hundredthsOfCharacter { indent.append(("w:firstLineChars", "\(characters)")) }
                    indent.append(("w:firstLine", "\(firstLineIndent.twips)"))
                }
                writer.empty("w:ind", indent)
            }
            if let alignment { writer.empty("w:jc", [("w:val", alignment.rawValue)]) }
            if let outlineLevel { writer.empty("w:outlineLvl", [("w:val", "\(outlineLevel)")]) }
            runProperties.write(to: &writer)
        }
    }
}
