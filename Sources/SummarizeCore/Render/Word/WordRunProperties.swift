/// The run properties (`w:rPr`) the document uses, written in the order the schema's sequence requires (rStyle
/// rFonts b bCs i iCs … spacing … kern … sz szCs … lang): Word silently drops some misordered children.
struct WordRunProperties: Hashable, Sendable {
    /// A character style ID.
    var style: String?
    var fonts: WordHouseStyle.Fonts?
    /// Also put the face in `w:cs` (title and page numbers name every slot).
    var fontsInEverySlot = false
    /// `w:hint="eastAsia"`: punctuation shared by Chinese and Latin text (— “ ” …) takes the Chinese face.
    var eastAsianHint = false
    var bold = false
    var italic = false
    /// Extra space after each character, in twips (`w:spacing`, negative narrows).
    var characterSpacing: Int?
    /// `w:kern`: kerning from this size on, in half-points.
    var kerning: Int?
    /// Half-points, also written as `w:szCs`.
    var size: Int?
    /// `w:lang`: `w:val` (Latin text) and `w:eastAsia`.
    var language: Language?

    struct Language: Hashable, Sendable {
        var latin: String
        var eastAsian: String
    }

    var isEmpty: Bool { self == WordRunProperties() }

    /// Writes `<w:rPr>…</w:rPr>`, or nothing when there is no property.
    func write(to writer: inout XMLWriter) {
        guard !isEmpty else { return }
        writer.element("w:rPr") { writer in
            if let style { writer.empty("w:rStyle", [("w:val", style)]) }
            if let fonts {
                var slots = [("w:ascii", fonts.latin), ("w:hAnsi", fonts.latin), ("w:eastAsia", fonts.eastAsia)]
                if fontsInEverySlot { slots.append(("w:cs", fonts.latin)) }
                if eastAsianHint { slots.append(("w:hint", "eastAsia")) }
                writer.empty("w:rFonts", slots)
            } else if eastAsianHint {
                writer.empty("w:rFonts", [("w:hint", "eastAsia")])
            }
            if bold {
                writer.empty("w:b")
                writer.empty("w:bCs")
            }
            if italic {
                writer.empty("w:i")
                writer.empty("w:iCs")
            }
            if let characterSpacing { writer.empty("w:spacing", [("w:val", "\(characterSpacing)")]) }
            if let kerning { writer.empty("w:kern", [("w:val", "\(kerning)")]) }
            if let size {
                writer.empty("w:sz", [("w:val", "\(size)")])
                writer.empty("w:szCs", [("w:val", "\(size)")])
            }
            if let language { writer.empty("w:lang", [("w:val", language.latin), ("w:eastAsia", language.eastAsian)]) }
        }
    }
}
