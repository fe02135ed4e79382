import SummarizeCore

/// Writes diagnostics to standard error, where they belong whether or not the output is redirected.
enum Console {
    /// More problems than this are summarized in one line: after the first screenful, more detail does not help.
    static let maximumShown = 50

    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        var text = diagnostics.prefix(maximumShown).map(\.description).joined(separator: "\n") + "\n"
        if diagnostics.count > maximumShown {
            text += "… and \(diagnostics.count - maximumShown) more problems\n"
        }
        StandardError.write(text)  // never traps, even with standard error closed or full
    }
}
