import Yams

/// Parses the text of a data file into a YAML node tree (libyaml, through Yams), and turns libyaml's terse
/// problems into messages a person who has never heard of YAML can act on. ``YAMLPreflight`` scans the text first,
/// so that what could exhaust Yams (aliases, deep nesting) never reaches it; a text that ``YAMLSafetyScan`` shows
/// cannot hold those is scanned at the same time instead.
enum YAMLDocument {
    /// The node tree of a data file.
    ///
    /// Tags are resolved with Yams' `basic` resolver, which knows no types: every plain scalar is a string. The
    /// data format has no booleans, numbers or timestamps (``NodeReader`` reads every value as the text typed), and
    /// the default resolver costs a regular-expression match per key when Yams checks a mapping for duplicate keys
    /// (and compiling its ICU patterns is a tenth of a one-report run). The only visible difference: `1:` and `"1":`
    /// in the same block are now the same key, reported as a duplicate, which they are in this format.
    ///
    /// A large text that ``YAMLSafetyScan`` finds harmless is composed while the preflight runs on another core;
    /// the preflight's problems still come first, as when it runs before.
    static func compose(_ text: String, file: String) throws(DiagnosticError) -> Node? {
        guard text.utf8.count >= concurrentPreflightSize, YAMLSafetyScan.isHarmless(text) else {
            let problems = YAMLPreflight.check(text, file: file)
            guard problems.isEmpty else { throw DiagnosticError(problems) }
            return try composeChecked(text, file: file)
        }
        let preflight = BackgroundWork { YAMLPreflight.check(text, file: file) }
        let composed = Result { () throws(DiagnosticError) in try composeChecked(text, file: file) }
        let problems = preflight.wait()
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return try composed.get()
    }

    /// From this size on, a harmless text is composed beside its preflight: below it, a second thread gains nothing.
    static let concurrentPreflightSize = 1024 * 1024

    /// Yams' node tree of a text the preflight has passed, or may pass; its errors explained.
    private static func composeChecked(_ text: String, file: String) throws(DiagnosticError) -> Node? {
        do {
            return try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw DiagnosticError(diagnostic(for: error, text: text, file: file))
        } catch {
            throw DiagnosticError(Diagnostic(file: file, "could not read the YAML: \(error)"))
        }
    }

    private static func diagnostic(for error: YamlError, text: String, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return explain(problem: problem, context: context?.text, contextMark: context?.mark, mark: mark,
                           text: text, at: at)
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(at: at(context.mark), "the key \(names) appears twice in the same block",
                              hint: "keep one of them; to add more entries, add them under the existing key")
        case let .reader(problem, _, _, _):
            return Diagnostic(file: file, "the file cannot be read as text: \(problem)",
                              hint: "save it again as UTF-8 text")
        default:
            return Diagnostic(file: file, "could not read the YAML: \(error)")
        }
    }

    private static func explain(
        problem: String, context: String?, contextMark: Mark?, mark: Mark, text: String,
        at: (Mark) -> SourceLocation
    ) -> Diagnostic {
        let character = character(in: text, at: mark)
        if character == "\t" {
            return Diagnostic(at: at(mark), "a tab character is used here; YAML indents with spaces only",
                              hint: "replace the tab with spaces (two spaces per level, like the lines above)")
        }
        if let context, context.contains("quoted scalar") {
            let start = contextMark ?? mark
            return Diagnostic(at: at(start), "this quoted text is never closed",
                              hint: "add the closing quote mark at the end of the text, on the same line")
        }
        if problem.contains("found another document") {
            return Diagnostic(at: at(mark), "a second document starts here; a data file holds one report",
                              hint: "remove this '---' line; if what follows is another period's report, move it to its own file")
        }
        if problem.contains("mapping values are not allowed") {
            return Diagnostic(at: at(mark), "unexpected ':' here; the line may be indented wrongly, or the text contains ': '",
                              hint: "if the text itself contains ': ', put the whole text in quotes; otherwise line this key up with the ones above it")
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return Diagnostic(at: at(mark), "this line is not indented like the lines around it",
                              hint: "keys of the same block must start in the same column; list entries start with '- ' in the same column")
        }
        if problem.contains("cannot start any token") {
            return Diagnostic(at: at(mark), "the character '\(character.map(String.init) ?? "?")' cannot start a value here",
                              hint: "put the whole text in quotes, e.g.  title: \"@ 開頭的文字\"")
        }
        return Diagnostic(at: at(mark), "YAML syntax: \(problem)\(context.map { " (\($0))" } ?? "")",
                          hint: "check the indentation and quotes on this line and the one above")
    }

    /// The character at a libyaml mark (1-based line, column in Unicode scalars), to tailor the message.
    private static func character(in text: String, at mark: Mark) -> Unicode.Scalar? {
        var line = 1
        var scalars = text.unicodeScalars[...]
        while line < mark.line, let newline = scalars.firstIndex(of: "\n") {
            scalars = scalars[scalars.index(after: newline)...]
            line += 1
        }
        return scalars.dropFirst(mark.column - 1).first
    }
}
