import Foundation
import Mustache

/// The templates of one locale, parsed, checked and ready to render: the built-in set compiled into the tool,
/// with any file of the house style's folder (`Templates/<locale>/`) in place of the built-in file of the same
/// name.
///
/// The file name says what a template produces: `section.md.mustache` is Markdown, `document.html.mustache` is
/// HTML. Markdown templates get the ``MarkdownText`` content type without having to declare it, so a template or
/// partial can never forget it and let data through as Markdown. Partials (`{{> entry.md}}`) resolve only to
/// templates of the same set; nothing outside it is ever read. Every load with a file of the house style runs
/// ``TemplateCheck``, so a template that `--check` refuses is refused by every run.
public struct TemplateSet: Sendable {
    /// Where a house style's templates come from.
    public struct Folder: Sendable {
        /// The folder with one subfolder per locale.
        public var url: URL
        /// True when the person named it (`--templates`), so that a missing folder is a mistake; the default
        /// `Templates/` may be absent, and then the built-in templates are used alone.
        public var isRequired: Bool

        public init(_ url: URL, isRequired: Bool) {
            self.url = url
            self.isRequired = isRequired
        }
    }

    /// One template file as it was read.
    struct Source: Sendable {
        /// The path messages show: the house style's file, or the built-in file as `(built in) zh-Hant/…`.
        var file: String
        var text: String
        var isBuiltIn: Bool
        /// The template's tags, read once for every check (``TemplateTag/scan(_:)``).
        var tags: [TemplateTag] = []
    }

    /// Template files larger than this are refused before they are parsed: the largest default template is 3 KB.
    static let maximumFileSize = 256 * 1024

    public let locale: ReportLocale
    /// The house style's folder of this locale, when there is one.
    public let folder: URL?
    let library: MustacheLibrary
    /// The text of each template by name (`entry.md`), for ``TemplateCheck``.
    let sources: [String: Source]
    /// The inline styles of the report (`styles.css`).
    let styles: StyleTable
    /// The default headings of the known sections (`headings.yaml`).
    let headings: HeadingTable
    /// The house style's Word document whose styles and page setup a `.docx` takes over (`reference.docx`).
    public let referenceDocument: URL?

    /// The template names, sorted.
    var names: [String] { sources.keys.sorted() }

    /// Reads, parses and checks the templates of a locale; throws every problem, each at its file, line and column.
    public static func load(from folder: Folder?, locale: ReportLocale) throws(DiagnosticError) -> Checked<TemplateSet> {
        registerContentTypes
        var problems: [Diagnostic] = []
        let builtIn = BuiltInTemplates.files(of: locale)
        var files = builtIn.mapValues { Source(file: "(built in) \(locale)/\($0.name)", text: $0.text, isBuiltIn: true) }
        var localeFolder: URL?
        if let folder { localeFolder = try Self.localeFolder(in: folder, locale: locale) }
        if let localeFolder {
            for (name, source) in readFolder(localeFolder, problems: &problems) { files[name] = source }
        }
        var library = MustacheLibrary()
        var sources: [String: Source] = [:]
        let templateFiles = files.filter { $0.key.hasSuffix(".mustache") }.sorted { $0.key < $1.key }
            .map { (name: String($0.key.dropLast(".mustache".count)), source: $0.value) }
        let parsed = templateFiles.map { file in
            var source = file.source
            source.tags = TemplateTag.scan(source.text)
            return (source, parse(source, named: file.name))
        }
        for (file, (source, result)) in zip(templateFiles, parsed) {
            switch result {
            case let .success(templates):
                for (name, template) in templates { library.register(template, named: name) }
                sources[file.name] = source
            case let .failure(error):
                problems += error.diagnostics
            }
        }
        let styles = parseTable(files[StyleTable.fileName], problems: &problems) { text, file throws(DiagnosticError) in
            try StyleTable.parse(text, file: file)
        } ?? StyleTable()
        let headings = parseTable(files[HeadingTable.fileName], problems: &problems) { text, file throws(DiagnosticError) in
            try HeadingTable.parse(text, file: file)
        } ?? HeadingTable(headings: [:])
        guard problems.isEmpty else { throw DiagnosticError(problems.inReadingOrder) }
        let reference = localeFolder.map { $0.appendingPathComponent("reference.docx") }
            .flatMap { FileStatus(path: $0.path)?.isRegularFile == true ? $0 : nil }
        let set = TemplateSet(locale: locale, folder: localeFolder, library: library, sources: sources, styles: styles,
                              headings: headings, referenceDocument: reference)
        // The built-in set is checked by the tests (`theShippedTemplatesAreClean`); a set whose every file has the
        // built-in text (the repository's own Templates/ is one) would only repeat that check, at about a tenth of
        // a report's run (11 M instructions; BENCHMARKS.md, "What changed in this work").
        let isBuiltInText = files.allSatisfy { name, source in builtIn[name]?.text == source.text }
        guard !isBuiltInText else { return Checked(set, warnings: []) }
        let found = TemplateCheck.check(set)
        if found.hasErrors { throw DiagnosticError(found) }
        return Checked(set, warnings: found)
    }

    /// The house style's folder of a locale; nil when there is none to read.
    private static func localeFolder(in folder: Folder, locale: ReportLocale) throws(DiagnosticError) -> URL? {
        let localeFolder = folder.url.appendingPathComponent(locale.rawValue, isDirectory: true)
        if FileStatus(path: localeFolder.path)?.isDirectory == true { return localeFolder }
        if case let .unknown(problem) = DataFileAccess.presence(of: localeFolder.path) {
            throw DiagnosticError(problem.readingDiagnostic(file: folder.url.relativePath, "cannot open the templates folder", isFolder: true))
        }
        guard folder.isRequired, FileStatus(path: folder.url.path)?.isDirectory != true else { return nil }
        throw DiagnosticError(Diagnostic(
            file: folder.url.relativePath, "the templates folder does not exist",
            hint: "name a folder with one subfolder per locale (e.g. Templates/zh-Hant/), or leave --templates out to use the built-in templates; summarize templates --export Templates writes them out"))
    }

    /// The files of the house style's folder that may take part: template files, `styles.css`, `headings.yaml`.
    private static func readFolder(_ folder: URL, problems: inout [Diagnostic]) -> [String: Source] {
        let names: [String]
        do {
            names = try FileSystem.names(in: folder.path)
        } catch {
            problems.append(error.readingDiagnostic(file: folder.relativePath, "cannot list the templates folder", isFolder: true))
            return [:]
        }
        var files: [String: Source] = [:]
        for name in names.sorted() where name.hasSuffix(".mustache") || name == StyleTable.fileName || name == HeadingTable.fileName {
            let path = folder.appendingPathComponent(name)
            if let problem = linkOutside(path, folder: folder) {
                problems.append(problem)
                continue
            }
            let display = path.relativePath
            guard let status = FileStatus(path: path.path), status.isRegularFile else {
                problems.append(Diagnostic(file: display, "this is not a regular file", hint: "a template is a text file; remove or rename what is in its place"))
                continue
            }
            guard status.size <= maximumFileSize else {
                problems.append(Diagnostic(file: display, "the file is larger than the \(maximumFileSize / 1024) KiB a template may have",
                                           hint: "a template holds wording and layout, not data; check that it is the right file"))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path.path) else {
                problems.append(Diagnostic(file: display, "cannot read this file: permission denied",
                                           hint: "check that the file is readable (ls -l \(display))"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(Diagnostic(file: display, "cannot read this file as UTF-8 text", hint: "save it as UTF-8"))
                continue
            }
            files[name] = Source(file: display, text: text, isBuiltIn: false)
        }
        return files
    }

    /// A template parsed, after the checks that must come before swift-mustache sees it, with the names to register
    /// it under: its own, or for a long template its pieces' and its own for the template that joins them
    /// (``TemplatePieces``).
    private static func parse(_ source: Source, named name: String) -> Result<[(String, MustacheTemplate)], DiagnosticError> {
        let refused = TemplateTag.refusedBeforeParsing(source.tags, file: source.file)
        guard refused.isEmpty else { return .failure(DiagnosticError(refused)) }
        let prefix = name.hasSuffix(".md") ? "{{%CONTENT_TYPE: \(MarkdownText.name)}}" : ""
        let pieces = TemplatePieces.cut(source.text, tags: source.tags)
        var templates: [(String, MustacheTemplate)] = []
        do {
            for (index, piece) in pieces.enumerated() {
                do {
                    let pieceName = pieces.count == 1 ? name : TemplatePieces.name(of: index, in: name)
                    templates.append((pieceName, try MustacheTemplate(string: prefix + piece.text)))
                } catch let error as MustacheTemplate.ParserError {
                    let line = error.context.lineNumber
                    let column = line == 1 ? error.context.columnNumber - prefix.count : error.context.columnNumber
                    return .failure(DiagnosticError(Diagnostic(
                        at: SourceLocation(file: source.file, line: piece.firstLine + line - 1, column: max(1, column)),
                        "template syntax: \(describe(error.error))", hint: syntaxHint)))
                }
            }
            if pieces.count > 1 {
                templates.append((name, try MustacheTemplate(string: TemplatePieces.joining(pieces.count, named: name))))
            }
        } catch {
            return .failure(DiagnosticError(Diagnostic(file: source.file, "template syntax: \(describe(error))", hint: syntaxHint)))
        }
        return .success(templates)
    }

    private static let syntaxHint = "every {{#name}} needs a matching {{/name}}, and every tag is closed with }}"

    /// `styles.css` or `headings.yaml`, parsed, its problems added to the others.
    private static func parseTable<Table>(_ source: Source?, problems: inout [Diagnostic],
                                          _ parse: (String, String) throws(DiagnosticError) -> Table) -> Table? {
        guard let source else { return nil }
        do {
            return try parse(source.text, source.file)
        } catch {
            problems += error.diagnostics
            return nil
        }
    }

    /// A template file that is a link to a file outside its folder is refused: templates, partials included, are
    /// read from the templates folder only.
    private static func linkOutside(_ path: URL, folder: URL) -> Diagnostic? {
        guard FileStatus(linkAt: path.path)?.isSymbolicLink == true else { return nil }
        let resolvedFolder = folder.resolvingSymlinksInPath().standardizedFileURL.pathComponents
        let resolved = path.resolvingSymlinksInPath().standardizedFileURL.pathComponents
        guard resolved.count <= resolvedFolder.count || !resolved.starts(with: resolvedFolder) else { return nil }
        return Diagnostic(file: path.relativePath, "this template is a link to a file outside \(folder.relativePath)/",
                          hint: "copy the file into the templates folder instead of linking to it")
    }

    /// Renders a template by name (`section.md`) with a context; `{{{style.p}}}` reaches ``styles``.
    func render(_ name: String, _ context: some TemplateContext) -> String {
        library.render(styled(context), withTemplate: name) ?? ""
    }

    /// A template's context with `style` beside its own names, as every template sees it.
    func styled(_ context: any TemplateContext) -> TemplateValue {
        TemplateValue(StyledContext(base: context, style: StyleContext(styles: styles)))
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "this closing tag does not match the section it closes"
        case .unfinishedName: "this tag is not finished (a name followed by }} was expected)"
        case .expectedSectionEnd: "a section is opened but never closed"
        case .invalidSetDelimiter: "the delimiter change is malformed"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: "unknown {{% … }} setting"
        default: "a tag is not closed or not understood (\(error))"
        }
    }

    /// Registers the Markdown content type with swift-mustache once per process.
    private static let registerContentTypes: Void = {
        MustacheContentTypes.register(MarkdownText(), named: MarkdownText.name)
    }()
}

extension BuiltInTemplates {
    /// The built-in files of a locale by file name.
    static func files(of locale: ReportLocale) -> [String: (name: String, text: String)] {
        let prefix = "\(locale.rawValue)/"
        var result: [String: (name: String, text: String)] = [:]
        for (path, text) in files where path.hasPrefix(prefix) {
            let name = String(path.dropFirst(prefix.count))
            result[name] = (name, text)
        }
        return result
    }
}
