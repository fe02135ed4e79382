import ArgumentParser
import Foundation
import SummarizeCore

/// What the shell offers on Tab for each kind of value (`summarize --generate-completion-script bash`).
enum Completions {
    static let formats = CompletionKind.list(OutputFormat.allCases.map(\.rawValue))
    static let locales = CompletionKind.list(ReportLocale.allCases.map(\.rawValue))
    static let kinds = CompletionKind.list(DocumentKind.allCases.map(\.rawValue))

    /// The periods that have data in the `--data` folder of the command line being completed, or in `Data`.
    static let periods = CompletionKind.custom { words, _, prefix in
        matching(prefix, DataDirectory(dataFolder(in: words)).periods().map(\.description))
    }

    /// For `init`: the periods `init` would start, those after the newest data: the next half, and the next year
    /// (or the newest half's year, when there is no yearly data yet).
    static let newPeriods = CompletionKind.custom { words, _, prefix in
        let existing = DataDirectory(dataFolder(in: words)).periods()
        let half = existing.last { !$0.isYear }
        let year = existing.last { $0.isYear }?.next ?? half.map { Period(year: $0.year) }
        let next = [half?.next, year].compactMap { $0 }.filter { !existing.contains($0) }
        return matching(prefix, next.map(\.description))
    }

    /// The value of `--data DIR` or `--data=DIR` among the words typed so far.
    static func dataFolder(in words: [String]) -> URL {
        var path = "Data"
        for (index, word) in words.enumerated() {
            if word == "--data", index + 1 < words.count { path = unquoted(words[index + 1]) }
            if word.hasPrefix("--data=") { path = unquoted(String(word.dropFirst("--data=".count))) }
        }
        return URL(fileURLWithPath: path.isEmpty ? "Data" : path, isDirectory: true)
    }

    /// Shells hand words over as typed: `'My Data'` or `My\ Data`.
    private static func unquoted(_ word: String) -> String {
        var word = word
        if word.count >= 2, let first = word.first, first == "'" || first == "\"", word.last == first {
            word = String(word.dropFirst().dropLast())
        }
        return word.replacingOccurrences(of: "\\ ", with: " ")
    }

    private static func matching(_ prefix: String, _ candidates: [String]) -> [String] {
        candidates.filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
    }
}
