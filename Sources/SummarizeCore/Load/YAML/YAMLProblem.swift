internal import CYAML

/// Turns libyaml's terse syntax errors into messages a person who has never heard of YAML can act on, at the
/// line and column libyaml stopped.
enum YAMLProblem {
    static func explain(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>, file: String) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let mark = location(parser.problem_mark, file: file)
        guard parser.error != YAML_READER_ERROR else {
            return Diagnostic(file: file, "the file cannot be read as text: \(problem)", hint: "save it again as UTF-8 text")
        }
        let context = parser.context.map { String(cString: $0) }
        let contextMark = parser.context == nil ? nil : location(parser.context_mark, file: file)
        let character = character(in: bytes, line: mark.line, column: mark.column)
        if problem.contains("nesting level") {
            return .tooDeep(at: mark)
        }
        if character == "\t" {
            return Diagnostic(at: mark, "a tab character is used here; YAML indents with spaces only",
                              hint: "replace the tab with spaces (two spaces per level, like the lines above)")
        }
        if let escape = escapeProblem(problem, at: mark, in: bytes) {
            return escape
        }
        if let context, context.contains("quoted scalar") {
            return Diagnostic(at: contextMark ?? mark, "this quoted text is never closed",
                              hint: "add the closing quote mark at the end of the text, on the same line")
        }
        if problem.contains("mapping values are not allowed") {
            return Diagnostic(at: mark, "unexpected ':' here; the line may be indented wrongly, or the text contains ': '",
                              hint: "if the text itself contains ': ', put the whole text in quotes; otherwise line this key up with the ones above it")
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return Diagnostic(at: mark, "this line is not indented like the lines around it",
                              hint: "keys of the same block must start in the same column; list entries start with '- ' in the same column")
        }
        if problem.contains("cannot start any token") {
            return Diagnostic(at: mark, "the character '\(character.map(String.init) ?? "?")' cannot start a value here",
                              hint: "put the whole text in quotes, e.g.  title: \"@ 開頭的文字\"")
        }
        return Diagnostic(at: mark, "YAML syntax: \(problem)\(context.map { " (\($0))" } ?? "")",
                          hint: "check the indentation and quotes on this line and the one above")
    }

    /// A backslash in double quotes starts an escape (`\n`, `\t`, `\u4E2D`); one that starts none, or a `\u` that
    /// names no character, is said as what it is, at the backslash, rather than as a quote never closed.
    private static func escapeProblem(_ problem: String, at mark: SourceLocation, in bytes: UnsafeBufferPointer<UInt8>) -> Diagnostic? {
        let text = lineText(in: bytes, line: mark.line).map { Array($0.unicodeScalars) } ?? []
        let hint = "in double quotes a backslash starts an escape; write the text in single quotes (e.g. 'C:\\Users\\zhang') or without quotes, or double each backslash (\\\\)"
        if problem.contains("unknown escape character") {
            // libyaml stops at the backslash.
            let escape = text.dropFirst(mark.column - 1).prefix(2).map(String.init).joined()
            return Diagnostic(at: mark, "'\(escape)' is not an escape YAML knows (a backslash in double quotes starts one)", hint: hint)
        }
        if problem.contains("hexdecimal number") || problem.contains("invalid Unicode character escape") {
            // libyaml stops after the \x, \u or \U; the escape starts two columns earlier.
            let start = max(1, mark.column - 2)
            let letter = text.dropFirst(start).first ?? "u"
            let digits = letter == "x" ? 2 : letter == "u" ? 4 : 8
            let hex = text.dropFirst(start + 1).prefix(digits).prefix { $0.properties.isASCIIHexDigit }
            let escape = "\\\(letter)" + String(String.UnicodeScalarView(hex))
            let at = SourceLocation(file: mark.file, line: mark.line, column: start)
            let what = problem.contains("invalid Unicode")
                ? "'\(escape)' names no character (\\ud800–\\udfff are halves of a surrogate pair, which YAML does not join)"
                : "'\(escape)' is not a complete escape: in double quotes \\\(letter) must be followed by \(digits) hexadecimal digits"
            return Diagnostic(at: at, what, hint: problem.contains("invalid Unicode")
                ? "type the character itself instead of its code (😀, not \\ud83d\\ude00); or, if the backslash is meant, " + hint.dropFirst("in double quotes a backslash starts an escape; ".count)
                : hint)
        }
        return nil
    }

    private static func lineText(in bytes: UnsafeBufferPointer<UInt8>, line: Int) -> String? {
        var index = 0, currentLine = 1
        while currentLine < line, index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { currentLine += 1 }
            index += 1
        }
        guard currentLine == line else { return nil }
        let lineEnd = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<lineEnd]), as: UTF8.self)
    }

    private static func location(_ mark: yaml_mark_t, file: String) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    /// The character at a 1-based line and column (in Unicode scalars), to tailor the message.
    private static func character(in bytes: UnsafeBufferPointer<UInt8>, line: Int, column: Int) -> Unicode.Scalar? {
        var index = 0, currentLine = 1
        while currentLine < line, index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { currentLine += 1 }
            index += 1
        }
        let lineEnd = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<lineEnd]), as: UTF8.self)
        return text.unicodeScalars.dropFirst(column - 1).first
    }
}
