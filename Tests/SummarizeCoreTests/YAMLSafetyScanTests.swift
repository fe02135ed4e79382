import Foundation
import Testing
@testable import SummarizeCore

/// A large data file that the byte scan calls harmless reaches Yams before its preflight has finished; the scan
/// must never call harmless a text that the preflight would refuse as dangerous.
@Suite struct YAMLSafetyScanTests {
    @Test func theSampleDataIsHarmless() throws {
        let files = ["2015H1.yaml", "2016H1.yaml", "2015H2/01-辦公室.yaml", "2015H2/02-科普科.yaml"]
        for file in files {
            let text = try String(contentsOf: TestSupport.sampleData.appendingPathComponent(file), encoding: .utf8)
            #expect(YAMLSafetyScan.isHarmless(text), "\(file)")
        }
    }

    @Test(arguments: [
        "organization: x\nachievements: &list\n  - a\nplans: *list\n",
        "organization: x\nachievements: [a, [b, [c, [d, [e]]]]]\n",
        "organization: x\nachievements: [a,\n  b]\n",
        "organization: x\nachievements: [\"]]\", [[[[[a]]]]]]\n",
        "organization: x\nachievements:\n" + String(repeating: "- ", count: 40) + "a\n",
        "--- " + String(repeating: "- ", count: 40) + "a\n",
        "organization: x\nachievements:\n\t- a\n",
        "organization: x\nachievements:\n" + String(repeating: " ", count: 60) + "- a\n",
    ])
    func whatCouldHurtYamsIsNotHarmless(_ text: String) {
        #expect(!YAMLSafetyScan.isHarmless(text))
    }

    /// Random texts in the shape of data files, with nesting, brackets, quotes and the odd `&` or `*`: whenever the
    /// scan calls one harmless, the preflight finds neither anchors nor aliases nor too deep a nesting in it.
    @Test func harmlessTextsNeverHoldWhatThePreflightRefuses() {
        var random = SeededGenerator(seed: 2016)
        let common = ["- ", "? ", "a: ", "- a: ", "title: 認真做好", "  ", "    ", "text: |", "b:", "第一點：內容", "a:b",
                      "-x", "? - ", "{n: 1, v: 2}", "[x, [y]]", "{a: [b, {c: d}]}", ", ", "# [[[ ' *"]
        let occasional = ["[", "]", "{", "}", "'q'", "\"[\"", "[[[[", "]]]]"]
        let rare = ["&z ", "*z", "--- ", "... ", "\t"]
        var harmless = 0
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...12, using: &random) {
                text += String(repeating: " ", count: Int.random(in: 0...20, using: &random))
                for _ in 0..<Int.random(in: 1...10, using: &random) {
                    switch Int.random(in: 0..<100, using: &random) {
                    case 0: text += rare.randomElement(using: &random)!
                    case 1...3: text += occasional.randomElement(using: &random)!
                    default: text += common.randomElement(using: &random)!
                    }
                }
                text += "\n"
            }
            guard YAMLSafetyScan.isHarmless(text) else { continue }
            harmless += 1
            let refusals = YAMLPreflight.check(text, file: "t.yaml").filter {
                $0.message.contains("anchors") || $0.message.contains("nested more than")
            }
            #expect(refusals.isEmpty, "\(text)")
        }
        #expect(harmless > 300, "the generator should make harmless texts too, not only refused ones: \(harmless)")
    }

    /// Composed beside its preflight, a large file with a duplicate key gets the preflight's message, as a small one.
    @Test func aLargeHarmlessFileStillGetsThePreflightsMessages() throws {
        let entry = "  - title: 認真做好科技項目驗收及申報工作\n    text: 為推動科技創新，共發放資料1200份。\n"
        let count = YAMLDocument.concurrentPreflightSize / entry.utf8.count + 10
        let text = "organization: 某區科學技術局\nachievements:\n" + String(repeating: entry, count: count)
            + "  - title: 重複\n    title: 兩次\n"
        #expect(YAMLSafetyScan.isHarmless(text))
        let error = #expect(throws: DiagnosticError.self) { try YAMLDocument.compose(text, file: "big.yaml") }
        #expect(error?.diagnostics.map(\.message) == [
            "the key 'title' appears twice in the same block; the first is on line \(2 * count + 3)",
        ])
    }
}
