import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct OutputSinkTextTests {
    /// Text is written as its UTF-8 bytes, replacing the existing file.
    @Test func writesTheTextAsUTF8() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("summarize-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("2016H1.html")
        try OutputTransaction.write(into: folder) { out in try out.file(named: "2016H1.html") { try $0.write("舊的") } }
        let text = "<p>2016年上半年工作總結 👩‍💻</p>\n" + String(repeating: "科普宣傳", count: 50_000)
        try OutputTransaction.write(into: folder) { out in try out.file(named: "2016H1.html") { try $0.write(text) } }
        #expect(try Data(contentsOf: file) == Data(text.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["2016H1.html"])
    }
}
