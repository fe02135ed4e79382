import Foundation

/// Writes a report as a Word document (.docx, WordprocessingML Transitional), laid out as GB/T 9704 lays out an
/// official document: A4 with 22 lines of 28 characters, the title in 小标宋, headings in 黑体 and 楷体, body in 仿宋,
/// page numbers `— 1 —` alternating right and left, the signature two characters from the right.
///
/// Every paragraph has a named style (``WordStyle``), so a person restyles the report in Word or WPS; a user's
/// ``ReferenceDocument`` supplies its own styles and page.
enum WordDocument {
    /// Who the document is laid out for: Word and WPS (the file people get) or LibreOffice, which does not lay
    /// out Word's character grid and so gets a line grid and narrowed characters (``WordPageSetup/forLibreOffice``).
    enum Target: Sendable {
        case word, libreOffice
    }

    /// The .docx file's bytes. The same content gives the same bytes.
    static func package(_ content: WordContent, reference: ReferenceDocument?) throws(DiagnosticError) -> Data {
        try package(content, reference: reference, for: .word)
    }

    /// The .docx file's bytes for a target; `.libreOffice` is for converting to PDF (``PDFConversion``).
    static func package(_ content: WordContent, reference: ReferenceDocument?, for target: Target) throws(DiagnosticError) -> Data {
        try parts(content, reference: reference, for: target).zipped()
    }

    /// The parts of the package, before they are zipped.
    static func parts(_ content: WordContent, reference: ReferenceDocument?, for target: Target = .word) -> WordPackage {
        let house = WordHouseStyle.for(content.locale)
        let page = reference?.pageSetup ?? .gbt9704
        let styles = reference?.styles ?? WordStyleSheet.standard(house, pageSetup: page)
        let footers = ["word/footer1.xml", "word/footer2.xml"]
        let parts: [WordPackage.Part] = [
            .init(name: "word/styles.xml", contentType: WordNamespace.wordContentType("styles"),
                  relationshipType: WordNamespace.relationshipType("styles"), isPackageRelationship: false,
                  data: Data(styles.xml.utf8)),
            .init(name: "word/settings.xml", contentType: WordNamespace.wordContentType("settings"),
                  relationshipType: WordNamespace.relationshipType("settings"), isPackageRelationship: false,
                  data: Data(WordSettings.xml(house: house).utf8)),
            .init(name: "word/fontTable.xml", contentType: WordNamespace.wordContentType("fontTable"),
                  relationshipType: WordNamespace.relationshipType("fontTable"), isPackageRelationship: false,
                  data: Data(WordFontTable.xml(faces: house.allFaces).utf8)),
            .init(name: footers[0], contentType: WordNamespace.wordContentType("footer"),
                  relationshipType: WordNamespace.relationshipType("footer"), isPackageRelationship: false,
                  data: Data(WordFooter.xml(.odd, styles: styles).utf8)),
            .init(name: footers[1], contentType: WordNamespace.wordContentType("footer"),
                  relationshipType: WordNamespace.relationshipType("footer"), isPackageRelationship: false,
                  data: Data(WordFooter.xml(.even, styles: styles).utf8)),
            .init(name: "docProps/core.xml", contentType: "application/vnd.openxmlformats-package.core-properties+xml",
                  relationshipType: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                  isPackageRelationship: true,
                  data: Data(WordDocumentProperties.coreXML(title: PlainText.singleLine(content.titleLines.joined(separator: "\n")),
                                                            creator: content.organization, language: house.language,
                                                            created: content.created).utf8)),
            .init(name: "docProps/app.xml", contentType: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                  relationshipType: WordNamespace.relationshipType("extended-properties"), isPackageRelationship: true,
                  data: Data(WordDocumentProperties.appXML(company: content.organization).utf8)),
        ]
        var package = WordPackage(document: Data(), parts: parts)
        let document = WordDocumentXML(
            content: content, house: house, styles: styles,
            pageSetup: target == .libreOffice ? page.forLibreOffice : page,
            oddFooterID: package.relationshipID(of: footers[0])!, evenFooterID: package.relationshipID(of: footers[1])!,
            characterSpacing: target == .libreOffice ? page.libreOfficeCharacterSpacing : nil)
        package.document = Data(document.xml.utf8)
        return package
    }
}
