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
}
