import Foundation
@_spi(Stages) @testable import SummarizeCore

/// Paths into the repository and small helpers shared by the tests.
enum TestSupport {
    /// `Tests/SummarizeCoreTests`, found from this file's path so that tests need no bundle resources.
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    /// The repository root, the folder with Package.swift.
    static let repository = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repository.appendingPathComponent("Templates", isDirectory: true)
    static let sampleData = repository.appendingPathComponent("Data", isDirectory: true)
    static let fixtures = tests.appendingPathComponent("Fixtures", isDirectory: true)
    static let golden = tests.appendingPathComponent("Golden", isDirectory: true)

    /// A fresh, empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("summarize-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Parses YAML text as the data file of 2016H1.
    static func parse(_ yaml: String, period: Period = Period(year: 2016, half: .first)) throws(DiagnosticError) -> Report {
        try ReportLoader(directory: DataDirectory(URL(fileURLWithPath: "/nonexistent")))
            .parse(yaml, period: period, file: "Data/2016H1.yaml").value
    }

    /// The diagnostics that parsing YAML text produces, as the person would read them.
    static func problems(_ yaml: String) -> String {
        do {
            _ = try parse(yaml)
            return ""
        } catch {
            return error.description
        }
    }

    /// Renders a report with the repository's templates.
    static func html(_ report: Report, history: ReportHistory = .none) throws -> String {
        let templates = try TemplateSet.load(from: templates, locale: report.locale)
        return HTMLReport(templates: templates).document(Filler(templates: templates).fill(report, history: history))
    }

    /// The text content of the HTML elements with a given tag (whatever their attributes), entities decoded and
    /// inner tags (`<br>`) left out.
    static func texts(of tag: String, in html: String) -> [String] {
        var result: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<\(tag)"), open.upperBound < rest.endIndex {
            let next = rest[open.upperBound]
            guard next == ">" || next == " ", let end = rest[open.upperBound...].firstIndex(of: ">"),
                  let close = rest.range(of: "</\(tag)>", range: end..<rest.endIndex)
            else { rest = rest[open.upperBound...]; continue }
            let inner = String(rest[rest.index(after: end)..<close.lowerBound])
            result.append(decodeEntities(stripTags(inner)))
            rest = rest[close.upperBound...]
        }
        return result
    }

    /// The metrics table of a report (the layout's own tables left out).
    static func metricsTable(in html: String) -> String {
        guard let start = html.range(of: "<table class=\"metrics\""),
              let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex) else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// Text with every tag removed.
    static func stripTags(_ html: String) -> String {
        var result = "", inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { result.append(character) }
        }
        return result
    }

    static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The names of all elements in an HTML fragment, in order.
    static func elementNames(in html: String) -> [String] {
        var names: [String] = []
        var index = html.startIndex
        while let open = html[index...].firstIndex(of: "<") {
            let after = html.index(after: open)
            let name = html[after...].prefix { $0.isLetter || $0.isNumber }
            if !name.isEmpty { names.append(name.lowercased()) }
            index = after
        }
        return names
    }
}

/// A small deterministic random number generator (SplitMix64), so that property tests are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
