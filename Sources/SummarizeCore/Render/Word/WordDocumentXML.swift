/// The main part, `word/document.xml`: the title, the body, the signature, and the page (the body's last
/// `w:sectPr`, with the odd- and even-page footers).
struct WordDocumentXML {
    var content: WordContent
    var house: WordHouseStyle
    var styles: WordStyleSheet
    var pageSetup: WordPageSetup
    /// The relationship IDs of the odd-page (default) and even-page footers.
    var oddFooterID: String
    var evenFooterID: String
    /// Narrows every run by this many twips (the LibreOffice variant, ``WordPageSetup/libreOfficeCharacterSpacing``).
    var characterSpacing: Int?

    /// Everything the document shows, in order. The last body paragraph keeps with the signature.
    var blocks: [WordBlock] {
        var body = content.body.flatMap { chunk -> [WordBlock] in
            switch chunk {
            case let .blocks(markdown): WordBlock.blocks(from: markdown, house: house)
            case let .table(table): [.table(table)]
            }
        }
        if case var .paragraph(last) = body.last {
            last.keepWithNext = true
            body[body.count - 1] = .paragraph(last)
        }
        let title = WordParagraph(.title, [WordRun(content.titleLines.joined(separator: "\n"))])
        let signature = WordSignature.paragraphs(organization: content.organization, date: content.date,
                                                 characterPitch: pageSetup.characterPitch(normalSize: WordHouseStyle.bodySize))
        return [.paragraph(title)] + body + signature.map(WordBlock.paragraph)
    }

    var xml: String {
        var writer = XMLWriter()
        writer.start("w:document", [("xmlns:w", WordNamespace.main), ("xmlns:r", WordNamespace.relationships)])
        writer.element("w:body") { writer in
            for block in blocks {
                switch block {
                case let .paragraph(paragraph):
                    paragraph.write(to: &writer, styles: styles, characterSpacing: characterSpacing)
                case let .table(table):
                    WordTable(table: table, styles: styles, width: pageSetup.typeAreaWidth, characterSpacing: characterSpacing)
                        .write(to: &writer)
                }
            }
            writer.element("w:sectPr") { writer in
                writer.empty("w:footerReference", [("w:type", "default"), ("r:id", oddFooterID)])
                writer.empty("w:footerReference", [("w:type", "even"), ("r:id", evenFooterID)])
                pageSetup.write(to: &writer)
            }
        }
        writer.end()
        return writer.document
    }
}
