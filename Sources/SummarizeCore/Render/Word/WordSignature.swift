/// The signature without a seal (GB/T 9704 §7.3.5.2) as two right-aligned paragraphs: the organization two
/// characters from the right, one blank line below the body; the date on the next line, starting two characters
/// right of the organization's first character. When the date is the longer, it keeps the two characters and the
/// organization moves left.
///
/// In characters, with N the organization's width and D the date's: the organization's right indent is
/// R = max(2, D − N + 4), the date's R + N − D − 2.
enum WordSignature {
    /// The Signature and Signature Date paragraphs; a right indent is given only where it is not the styles' 2.
    static func paragraphs(organization: String, date: String?, characterPitch: Double) -> [WordParagraph] {
        let name = width(of: organization)
        var paragraphs = [WordParagraph(.signature, [WordRun(organization)])]
        guard let date else { return paragraphs }
        let dateWidth = width(of: date)
        let nameIndent = max(2, dateWidth - name + 4)
        let dateIndent = nameIndent + name - dateWidth - 2
        func indent(_ characters: Double) -> WordParagraphProperties.Indent? {
            abs(characters - 2) < 0.005 ? nil : .init(characters: characters, pitch: characterPitch)
        }
        paragraphs[0].rightIndent = indent(nameIndent)
        paragraphs.append(WordParagraph(.signatureDate, [WordRun(date)], rightIndent: indent(dateIndent)))
        return paragraphs
    }

    /// A line's width in characters of the body font: a Chinese character is one, a digit or Latin letter half
    /// (``DisplayWidth`` columns / 2), plus 0.2 for each boundary between Chinese and other text, where Word and
    /// LibreOffice add space (LibreOffice set 2016年7月8日, nominally 6, 7 characters wide).
    static func width(of text: String) -> Double {
        var boundaries = 0
        var previousIsWide: Bool?
        for scalar in text.unicodeScalars where DisplayWidth.of(scalar) > 0 && scalar != " " {
            let isWide = CJK.isWide(scalar)
            if let previousIsWide, previousIsWide != isWide { boundaries += 1 }
            previousIsWide = isWide
        }
        return Double(DisplayWidth.of(text)) / 2 + 0.2 * Double(boundaries)
    }
}
