import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// MIME base64 from Foundation's line breaking: lines of 76, CRLF between them and none after, the same bytes as
/// the hand-written wrapping it replaced.
@Suite struct Base64Tests {
    /// What the message's lines become once joined with CRLF, as ReportEmail joins them.
    static func body(_ data: Data) -> String {
        (["Content-Transfer-Encoding: base64", ""] + Base64.lines(data) + ["--boundary"]).joined(separator: "\r\n")
    }

    /// The wrapping Base64 used to do by hand, kept as the specification.
    static func handWrapped(_ data: Data) -> [String] {
        let encoded = Array(data.base64EncodedString().utf8)
        return stride(from: 0, to: encoded.count, by: 76).map { start in
            String(decoding: encoded[start..<min(start + 76, encoded.count)], as: UTF8.self)
        }
    }

    // 57 bytes make exactly one line of 76: the edge where a trailing line end would show.
    @Test(arguments: [0, 1, 2, 3, 56, 57, 58, 113, 114, 115, 171, 1000, 65_536])
    func linesAreAtMost76AndCRLFSeparated(_ count: Int) throws {
        var generator = SeededGenerator(seed: UInt64(count))
        let data = Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let text = Self.body(data)
        #expect(text == (["Content-Transfer-Encoding: base64", ""] + Self.handWrapped(data) + ["--boundary"]).joined(separator: "\r\n"))
        let lines = text.components(separatedBy: "\r\n")
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        let encoded = lines.dropFirst(2).dropLast()
        #expect(encoded.allSatisfy { $0.count <= 76 && !$0.isEmpty })
        #expect(encoded.dropLast().allSatisfy { $0.count == 76 })
        #expect(Data(base64Encoded: encoded.joined()) == data)
    }
}
