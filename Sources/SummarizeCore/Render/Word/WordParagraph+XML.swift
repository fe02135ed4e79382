extension WordParagraph {
    /// Writes the paragraph as `w:p`: its style (with the sheet's ID), then its own properties, then its runs.
    /// `characterSpacing` (twips) narrows every run, for the LibreOffice variant of the page
    /// (``WordPageSetup/forLibreOffice``).
    func write(to writer: inout XMLWriter, styles: WordStyleSheet, characterSpacing: Int? = nil) {
        writer.element("w:p") { writer in
            var properties = WordParagraphProperties(style: styles.id(style))
            properties.keepWithNext = keepWithNext
            properties.rightIndent = rightIndent
            properties.write(to: &writer)
            for run in runs {
                writer.element("w:r") { writer in
                    WordRunProperties(style: run.style.map(styles.id), characterSpacing: characterSpacing).write(to: &writer)
                    writer.runText(run.text)
                }
            }
        }
    }
}
