/// A problem written for the person running `summarize`: where, what, and how to fix it.
///
/// Printed as `FILE:LINE:COLUMN: error: MESSAGE`, the form editors and CI logs already understand, followed by an
/// indented `hint:` line when there is something concrete to suggest.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation?
    /// Names the file when there is no line to point at (a missing or unreadable file).
    public var file: String?
    public var message: String
    public var hint: String?

    public init(_ severity: Severity = .error, at location: SourceLocation?, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.file = location?.file
        self.message = message
        self.hint = hint
    }

    public init(_ severity: Severity = .error, file: String?, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = nil
        self.file = file
        self.message = message
        self.hint = hint
    }

    public var description: String {
        let place = location.map { "\($0): " } ?? file.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
    }

    public var isError: Bool { severity == .error }
}

extension [Diagnostic] {
    /// Sorted by where they are, file by file and line by line, so that a person can fix them from top to bottom;
    /// problems without a line come first in their file, and problems at the same place keep their order.
    public var inReadingOrder: [Diagnostic] {
        enumerated().sorted { a, b in
            let left = (a.element.file ?? "", a.element.location?.line ?? 0, a.element.location?.column ?? 0, a.offset)
            let right = (b.element.file ?? "", b.element.location?.line ?? 0, b.element.location?.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }

    /// Whether any of them is an error.
    public var hasErrors: Bool { contains { $0.isError } }
}
