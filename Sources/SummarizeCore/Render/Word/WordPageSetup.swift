/// The page of the Word document, as its last `w:sectPr` gives it: paper, margins, columns and document grid. All
/// lengths in twips (1/20 pt).
///
/// ``gbt9704`` is GB/T 9704 §5.2: A4, 天头 37 mm, 订口 28 mm, a 156 × 225 mm type area with 22 lines of 28
/// characters. A user's reference document may give another (``ReferenceDocument``).
struct WordPageSetup: Hashable, Sendable {
    /// `w:docGrid/@w:type`.
    enum GridType: String, Sendable {
        case none = "default", lines, linesAndChars, snapToChars
    }

    var width = 11906, height = 16838
    var landscape = false
    var top = 2098, right = 1474, bottom = 1984, left = 1587
    var header = 851, footer = 1307, gutter = 0
    var columnSpace = 425, columnCount = 1
    var gridType = GridType.linesAndChars
    /// Line pitch: 12756 / 22 = 579.8, rounded down so that 22 lines fit.
    var linePitch: Int? = 579
    /// Extra space per character in 1/4096 pt over the Normal font size: (442.25 pt / 28 − 16 pt) × 4096.
    var charSpace: Int? = -841

    /// GB/T 9704's page.
    static let gbt9704 = WordPageSetup()

    /// The width text runs in.
    var typeAreaWidth: Int { width - left - right - gutter }

    /// The width of one character of the Normal font (`normalSize` in half-points) on this grid, in twips: the
    /// grid's pitch when it has characters, the font size otherwise. 28 characters of 315.9 twips fill GB/T 9704's line.
    func characterPitch(normalSize: Int) -> Double {
        let size = Double(normalSize) * 10
        guard gridType == .linesAndChars || gridType == .snapToChars, let charSpace else { return size }
        return size + Double(charSpace) * 20 / 4096
    }

    /// The same page for LibreOffice, which does not lay out Word's character grid: with `linesAndChars` and a
    /// negative `charSpace` it sets only 16–18 characters a line. A line grid keeps the 22 lines, and characters
    /// narrowed by `characterSpacing` twips (see ``libreOfficeCharacterSpacing``) fill the line as Word's grid does.
    var forLibreOffice: WordPageSetup {
        guard gridType == .linesAndChars || gridType == .snapToChars else { return self }
        var copy = self
        copy.gridType = .lines
        copy.charSpace = nil
        return copy
    }

    /// The character spacing (`w:spacing/@w:val`, twips, rounded down) that fits as many characters on a line in
    /// ``forLibreOffice`` as this grid's pitch does; nil when the grid has no characters or adds space.
    var libreOfficeCharacterSpacing: Int? {
        guard gridType == .linesAndChars || gridType == .snapToChars, let charSpace, charSpace < 0 else { return nil }
        return Int((Double(charSpace) * 20 / 4096).rounded(.down))
    }

    /// Writes `w:pgSz`, `w:pgMar`, `w:cols` and `w:docGrid`, in the order `w:sectPr` wants them (after the
    /// header and footer references, which the caller writes).
    func write(to writer: inout XMLWriter) {
        var size = [("w:w", "\(width)"), ("w:h", "\(height)")]
        if landscape { size.append(("w:orient", "landscape")) }
        writer.empty("w:pgSz", size)
        writer.empty("w:pgMar", [
            ("w:top", "\(top)"), ("w:right", "\(right)"), ("w:bottom", "\(bottom)"), ("w:left", "\(left)"),
            ("w:header", "\(header)"), ("w:footer", "\(footer)"), ("w:gutter", "\(gutter)"),
        ])
        writer.empty("w:cols", columnCount == 1 ? [("w:space", "\(columnSpace)")]
                                                : [("w:num", "\(columnCount)"), ("w:space", "\(columnSpace)")])
        var grid = [("w:type", gridType.rawValue)]
        if let linePitch { grid.append(("w:linePitch", "\(linePitch)")) }
        if let charSpace { grid.append(("w:charSpace", "\(charSpace)")) }
        writer.empty("w:docGrid", grid)
    }
}
