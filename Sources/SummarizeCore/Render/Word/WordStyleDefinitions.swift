/// What each of our styles looks like (GB/T 9704 §7.3 for Chinese), as `w:style` elements: the document defaults
/// hold the body face and 三号; each style changes only what differs from the style it is based on.
///
/// Indents count characters on the page's grid (2 characters = 632 twips on GB/T 9704's 28-character line).
struct WordStyleDefinitions {
    var house: WordHouseStyle
    var pageSetup: WordPageSetup

    /// One blank line, GB/T 9704's line pitch; the space after the title and before the signature.
    var blankLine: Int { pageSetup.linePitch ?? 579 }
    var characterPitch: Double { pageSetup.characterPitch(normalSize: WordHouseStyle.bodySize) }

    func indent(characters: Double) -> WordParagraphProperties.Indent {
        .init(characters: characters, pitch: characterPitch)
    }

    func fonts(_ fonts: WordHouseStyle.Fonts, everySlot: Bool = false) -> WordRunProperties {
        WordRunProperties(fonts: fonts, fontsInEverySlot: everySlot, eastAsianHint: house.isChinese)
    }

    /// `w:docDefaults`: the body face in every slot, 三号, the languages; no paragraph defaults.
    func writeDocumentDefaults(to writer: inout XMLWriter) {
        writer.element("w:docDefaults") { writer in
            writer.element("w:rPrDefault") { writer in
                var run = WordRunProperties(fonts: house.body, fontsInEverySlot: true, eastAsianHint: house.isChinese)
                run.kerning = 2
                run.size = WordHouseStyle.bodySize
                run.language = .init(latin: "en-US", eastAsian: house.eastAsianLanguage)
                run.write(to: &writer)
            }
            writer.element("w:pPrDefault") { $0.empty("w:pPr") }
        }
    }

    /// Writes one style's `w:style` element. `ids` gives the IDs of the styles it names (by default ours);
    /// `declaringNamespace` declares `w:` on the element, for adding it to a part that binds another prefix.
    func write(_ style: WordStyle, ids: [WordStyle: String] = [:], declaringNamespace: Bool = false,
               to writer: inout XMLWriter) {
        func id(_ style: WordStyle) -> String { ids[style] ?? style.id }
        var attributes = declaringNamespace ? [("xmlns:w", WordNamespace.main)] : []
        attributes.append(("w:type", style.kind.rawValue))
        // A default style only in our own sheet: an added one must not take over from the reference's.
        if ids.isEmpty, [.normal, .defaultParagraphFont, .normalTable].contains(style) { attributes.append(("w:default", "1")) }
        if style.isCustom { attributes.append(("w:customStyle", "1")) }
        attributes.append(("w:styleId", id(style)))
        writer.element("w:style", attributes) { writer in
            writer.empty("w:name", [("w:val", style.name)])
            if let base = basedOn(style) { writer.empty("w:basedOn", [("w:val", id(base))]) }
            if let next = next(style) { writer.empty("w:next", [("w:val", id(next))]) }
            if let priority = uiPriority(style) { writer.empty("w:uiPriority", [("w:val", "\(priority)")]) }
            if [.defaultParagraphFont, .normalTable].contains(style) {
                writer.empty("w:semiHidden")
                writer.empty("w:unhideWhenUsed")
            } else if style == .footer {
                writer.empty("w:unhideWhenUsed")
            }
            if isInGallery(style) { writer.empty("w:qFormat") }
            paragraphProperties(style).write(to: &writer)
            var run = runProperties(style)
            run.style = nil
            run.write(to: &writer)
            writeTableProperties(style, to: &writer)
        }
    }

    private func basedOn(_ style: WordStyle) -> WordStyle? {
        switch style {
        case .normal, .defaultParagraphFont, .normalTable: nil
        case .runInHeading2, .runInHeading3: .defaultParagraphFont
        case .tableGrid: .normalTable
        case .tableHeading: .tableText
        default: .normal
        }
    }

    private func next(_ style: WordStyle) -> WordStyle? {
        switch style {
        case .title, .heading1, .heading2, .heading3, .heading4: .bodyText
        case .signature: .signatureDate
        case .tableHeading: .tableText
        default: nil
        }
    }

    private func uiPriority(_ style: WordStyle) -> Int? {
        switch style {
        case .defaultParagraphFont: 1
        case .title: 10
        case .heading1, .heading2, .heading3, .heading4: 9
        case .tableGrid: 39
        case .normalTable, .footer: 99
        default: nil
        }
    }

    private func isInGallery(_ style: WordStyle) -> Bool {
        switch style {
        case .defaultParagraphFont, .normalTable, .tableGrid, .footer: false
        default: true
        }
    }

    func paragraphProperties(_ style: WordStyle) -> WordParagraphProperties {
        var properties = WordParagraphProperties()
        switch style {
        case .normal:
            // Chinese Word's Normal: no widow control, so that pages fill all 22 lines.
            properties.widowControl = !house.isChinese
            if house.isChinese {
                properties.firstLineIndent = indent(characters: 2)
                properties.alignment = .both
            }
        case .title:
            properties.keepWithNext = true
            properties.keepLinesTogether = true
            properties.spaceAfter = blankLine
            properties.exactLineHeight = 700
            properties.firstLineIndent = .zero
            properties.alignment = .center
        case .heading1, .heading2, .heading3, .heading4:
            properties.keepWithNext = true
            properties.outlineLevel = [.heading1, .heading2, .heading3, .heading4].firstIndex(of: style)
        case .signature:
            properties.keepWithNext = true
            properties.keepLinesTogether = true
            properties.spaceBefore = blankLine
            properties.firstLineIndent = .zero
            properties.rightIndent = indent(characters: 2)
            properties.alignment = .right
        case .signatureDate:
            properties.keepLinesTogether = true
            properties.firstLineIndent = .zero
            properties.rightIndent = indent(characters: 2)
            properties.alignment = .right
        case .footer:
            properties.ignoresGrid = true
            properties.exactLineHeight = WordHouseStyle.pageNumberSize * 10
            properties.firstLineIndent = .zero
        case .tableText:
            // Table cells get no grid pitch in Word; an exact height keeps rows alike everywhere.
            properties.ignoresGrid = true
            properties.exactLineHeight = 440
            properties.firstLineIndent = .zero
            properties.alignment = .left
        case .tableHeading:
            properties.keepWithNext = true
            properties.alignment = .center
        case .tableGrid:
            properties.spaceAfter = 0
        default:
            break
        }
        return properties
    }

    func runProperties(_ style: WordStyle) -> WordRunProperties {
        var properties = WordRunProperties()
        switch style {
        case .title:
            properties = fonts(house.title, everySlot: true)
            properties.bold = house.boldTitleAndHeadings
            properties.size = WordHouseStyle.titleSize
        case .heading1:
            properties = fonts(house.heading1)
            properties.bold = house.boldTitleAndHeadings
        case .heading2:
            properties = fonts(house.heading2)
            properties.bold = house.boldTitleAndHeadings
            properties.italic = !house.isChinese
        case .heading3:
            // 仿宋 in bold, as offices set level 3 (the HTML's h4); not one of the faces told apart by weight.
            properties = fonts(house.body)
            properties.bold = true
        case .heading4:
            properties = fonts(house.body)
        case .runInHeading2:
            properties = fonts(house.heading2)
            properties.bold = house.boldTitleAndHeadings
            properties.italic = !house.isChinese
        case .runInHeading3:
            properties = fonts(house.body)
            properties.bold = true
        case .footer:
            properties = fonts(house.pageNumber, everySlot: true)
            properties.size = WordHouseStyle.pageNumberSize
        case .tableText:
            properties.size = WordHouseStyle.tableSize
        case .tableHeading:
            properties = fonts(house.heading1)
            properties.bold = house.boldTitleAndHeadings
        default:
            break
        }
        return properties
    }

    /// `w:tblPr` of the table styles: Word's usual cell margins; Table Grid's six single black rules.
    private func writeTableProperties(_ style: WordStyle, to writer: inout XMLWriter) {
        switch style {
        case .normalTable:
            writer.element("w:tblPr") { writer in
                writer.empty("w:tblInd", [("w:w", "0"), ("w:type", "dxa")])
                writer.element("w:tblCellMar") { writer in
                    for (side, width) in [("w:top", 0), ("w:left", 108), ("w:bottom", 0), ("w:right", 108)] {
                        writer.empty(side, [("w:w", "\(width)"), ("w:type", "dxa")])
                    }
                }
            }
        case .tableGrid:
            writer.element("w:tblPr") { writer in
                writer.element("w:tblBorders") { writer in
                    for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                        writer.empty(side, [("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")])
                    }
                }
            }
        default:
            break
        }
    }
}
