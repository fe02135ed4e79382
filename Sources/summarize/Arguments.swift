import ArgumentParser
import SummarizeCore

/// Command-line parsing of the library's value types, with messages that show the expected form.
enum Arguments {
    static func period(_ text: String) throws -> Period {
        guard let period = Period(text) else {
            throw ValidationError("'\(text)' is not a period: expected \(Period.expectedForm)")
        }
        return period
    }

    static func locale(_ text: String) throws -> ReportLocale {
        guard let locale = ReportLocale(tag: text) else {
            throw ValidationError("'\(text)' is not a supported locale: expected one of \(ReportLocale.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return locale
    }

    /// What `--format` takes, said once for `summarize` and `summarize build`.
    static let formatsHelp = "What to write, comma-separated: html (the report), txt (plain text), md (Markdown), eml (a ready-to-send email), docx (Word), pdf (needs LibreOffice)"

    static func formats(_ text: String) throws -> [OutputFormat] {
        switch OutputFormat.list(parsing: text) {
        case let .success(formats): return formats
        case let .failure(unknown):
            let choices = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
            let advice = unknown.suggestion.map { "did you mean '\($0)'? The formats are \(choices)" }
                ?? "expected a comma-separated list of \(choices)"
            throw ValidationError("'\(unknown.name)' is not an output format; \(advice)")
        }
    }

    /// An empty folder path would silently mean the current folder.
    static func refuseEmpty(_ paths: [(path: String, option: String)]) throws {
        for (path, option) in paths {
            do {
                try OutputGuard.refuseEmptyPath(path, option: option)
            } catch {
                throw ValidationError(error.diagnostics.map { $0.message + ($0.hint.map { ": \($0)" } ?? "") }.joined(separator: "\n"))
            }
        }
    }

    static func mailboxes(_ text: String, option: String) throws -> [EmailAddress] {
        do {
            return try EmailAddress.list(parsing: text)
        } catch {
            throw ValidationError("\(option): \(error.message) (\(error.hint))")
        }
    }

    static func kind(_ text: String) throws -> DocumentKind {
        guard let kind = DocumentKind(spelling: text) else {
            throw ValidationError("'\(text)' is not a kind of document: expected summary (工作總結) or plan (工作計劃)")
        }
        return kind
    }
}
