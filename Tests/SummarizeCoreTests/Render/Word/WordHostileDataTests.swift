import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// Whatever a data value holds, the Word document shows it as the text it is, and stays a valid document: every
/// string of ``HostileDataTests`` appears literally in the text python-docx reads back.
@Suite struct WordHostileDataTests {
    static func document(holding raw: String, locale: ReportLocale = .zhHant) throws -> (docx: Data, contains: [String]) {
        var report = HostileDataTests.report(holding: raw)
        report.locale = locale
        let filler = Filler(templates: try TemplateSet.load(locale: locale))
        let content = WordContent(filler.fill(report), created: WordTestSupport.created)
        let text = PlainText.normalize(raw, style: .literal)
        // The introduction shows each paragraph as typed; headings, table cells and the signature show it on one line.
        let paragraphs = text.split(separator: "\n\n").map(String.init)
        return (try WordDocument.package(content, reference: nil), paragraphs + [PlainText.singleLine(text)])
    }

    @Test func everyHostileStringAppearsLiterallyInAValidDocument() throws {
        let documents = try HostileDataTests.hostile.map { try Self.document(holding: $0.text) }
        for (document, hostile) in zip(documents, HostileDataTests.hostile) {
            #expect(!document.contains.isEmpty, "\(hostile.name)")
        }
        guard let result = try DocxChecker.check(documents) else { return }
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func theIntroductionIsTheTextAsTyped() throws {
        for (name, raw) in HostileDataTests.hostile {
            var report = HostileDataTests.report(holding: raw)
            report.locale = .zhHant
            let filler = Filler(templates: try TemplateSet.load(locale: .zhHant))
            let blocks = WordDocumentXML(content: WordContent(filler.fill(report), created: WordTestSupport.created),
                                         house: .for(.zhHant), styles: .standard(.for(.zhHant), pageSetup: .gbt9704),
                                         pageSetup: .gbt9704, oddFooterID: "rId1", evenFooterID: "rId2").blocks
            let paragraphs = PlainText.normalize(raw, style: .literal).split(separator: "\n\n").map(String.init)
            let shown = blocks.dropFirst().prefix(paragraphs.count).map { block -> String in
                if case let .paragraph(paragraph) = block { return paragraph.text }
                return ""
            }
            #expect(shown == paragraphs, "\(name)")
        }
    }
}
