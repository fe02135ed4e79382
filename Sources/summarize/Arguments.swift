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
}
