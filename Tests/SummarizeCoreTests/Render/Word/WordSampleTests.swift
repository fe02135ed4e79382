import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The 2016H1 sample as a Word document, checked by tools that are not ours and against a golden main part.
///
/// `DOCX_OUTPUT=Output swift test --filter WordSampleTests` also keeps the documents, for scripts/look-docx.
/// After an intended change, re-record the golden file with `RECORD_GOLDEN=1 swift test --filter WordSampleTests`:
/// recording fails the test on purpose, so that someone reads the new file (and its diff) before committing it.
@Suite struct WordSampleTests {
    @Test func passesOpenXMLAuditAndReadsBackInPythonDocx() throws {
        let content = try WordTestSupport.sampleContent()
        let docx = try WordDocument.package(content, reference: nil)
        try WordTestSupport.keep(docx, as: "2016H1.docx")
        guard let result = try DocxChecker.check(docx, ["--sample"]) else { return }
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func theLibreOfficeVariantHasALineGridAndNarrowedCharacters() throws {
        let content = try WordTestSupport.sampleContent()
        let docx = try WordDocument.package(content, reference: nil, for: .libreOffice)
        try WordTestSupport.keep(docx, as: "2016H1.libreoffice.docx")
        let document = String(decoding: WordDocument.parts(content, reference: nil, for: .libreOffice).document, as: UTF8.self)
        #expect(document.contains(#"<w:docGrid w:type="lines" w:linePitch="579"/>"#))
        #expect(document.contains(#"<w:r><w:rPr><w:spacing w:val="-5"/></w:rPr><w:t>"#))
        guard let result = try DocxChecker.check(docx, ["--sample", "--grid", "lines,579"]) else { return }
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func theSameContentGivesTheSameBytes() throws {
        let content = try WordTestSupport.sampleContent()
        #expect(try WordDocument.package(content, reference: nil) == WordDocument.package(content, reference: nil))
    }

    /// The golden file has a line break after each paragraph, table row and table: the part itself has none
    /// (nothing is pretty-printed), but a diff of one 18 kB line would be unreadable. `</w:p>` cannot occur in
    /// text, where `<` is escaped, so the breaks fall between elements.
    @Test func mainPartMatchesTheGoldenFile() throws {
        let content = try WordTestSupport.sampleContent()
        let xml = String(decoding: WordDocument.parts(content, reference: nil).document, as: UTF8.self)
            .replacingOccurrences(of: "</w:p>", with: "</w:p>\n").replacingOccurrences(of: "</w:tr>", with: "</w:tr>\n")
            .replacingOccurrences(of: "<w:body>", with: "<w:body>\n")
        let golden = TestSupport.golden.appendingPathComponent("2016H1.document.xml")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            try Data(xml.utf8).write(to: golden)
            Issue.record("recorded \(golden.path); review it, then run the tests again without RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(xml == expected, "the sample's document.xml changed; if intended, re-record with RECORD_GOLDEN=1 and review the diff")
    }
}
