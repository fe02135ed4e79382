import Foundation
import Mustache

/// The templates of one locale, `Templates/<locale>/*.mustache`, parsed and ready to render.
///
/// The file name says what a template produces: `achievements.md.mustache` is Markdown, `document.html.mustache`
/// is HTML. Markdown templates get the ``MarkdownText`` content type without having to declare it, so a template or
/// partial can never forget it and let data through as Markdown. Partials (`{{> entry.md}}`) resolve only to
/// templates of this same folder; nothing outside it is ever read.
public struct TemplateSet: Sendable {
    /// The templates every locale must provide.
    public static let requiredNames = ["document.html", "intro.md", "metrics.md"] + ReportSection.allCases.map(\.templateName)

    public let directory: URL
    let library: MustacheLibrary
    /// The template names found, for checks and messages.
    public let names: [String]
    /// The text of each template by name, with the path messages show, for ``TemplateCheck``.
    let sources: [String: (file: String, text: String)]
    /// The inline styles of the report (`styles.css` beside the templates).
    public let styles: StyleTable

    /// Parses every template of `root/<locale>`; throws all parse errors, each at its file, line and column.
    public static func load(from root: URL, locale: ReportLocale) throws(DiagnosticError) -> TemplateSet {
        registerContentTypes
        let directory = root.appendingPathComponent(locale.rawValue, isDirectory: true)
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".mustache") }.sorted()
        } catch {
            throw DiagnosticError(Diagnostic(
                file: directory.relativePath, "there is no templates folder for the locale \(locale)",
                hint: FileManager.default.fileExists(atPath: root.path)
                    ? "create \(directory.relativePath)/ by copying another locale's folder"
                    : "run summarize in the folder that holds Templates/, or name the folder with --templates"))
        }
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        var names: [String] = []
        var sources: [String: (file: String, text: String)] = [:]
        for file in files {
            let name = String(file.dropLast(".mustache".count))
            let path = directory.appendingPathComponent(file)
            if let problem = linkOutside(path, folder: directory) {
                diagnostics.append(problem)
                continue
            }
            guard let text = try? String(contentsOf: path, encoding: .utf8) else {
                diagnostics.append(Diagnostic(file: path.relativePath, "cannot read this template as UTF-8 text",
                                              hint: "save it as UTF-8"))
                continue
            }
            let prefix = name.hasSuffix(".md") ? "{{%CONTENT_TYPE: \(MarkdownText.name)}}" : ""
            do {
                library.register(try MustacheTemplate(string: prefix + text), named: name)
                names.append(name)
                sources[name] = (path.relativePath, text)
            } catch let error as MustacheTemplate.ParserError {
                let column = error.context.lineNumber == 1
                    ? error.context.columnNumber - prefix.count : error.context.columnNumber
                diagnostics.append(Diagnostic(
                    at: SourceLocation(file: path.relativePath, line: error.context.lineNumber, column: max(1, column)),
                    "template syntax: \(describe(error.error))",
                    hint: "every {{#name}} needs a matching {{/name}}, and every tag is closed with }}"))
            } catch {
                diagnostics.append(Diagnostic(file: path.relativePath, "template syntax: \(error)"))
            }
        }
        for required in requiredNames where !names.contains(required) && !diagnostics.contains(where: { $0.file?.hasSuffix("/\(required).mustache") == true }) {
            diagnostics.append(Diagnostic(
                file: directory.appendingPathComponent("\(required).mustache").relativePath,
                "this template is missing", hint: "copy it from another locale's folder and translate it"))
        }
        var styles = StyleTable()
        do {
            styles = try StyleTable.load(from: directory)
        } catch {
            diagnostics += error.diagnostics
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(diagnostics) }
        return TemplateSet(directory: directory, library: library, names: names, sources: sources, styles: styles)
    }

    /// A template file that is a link to a file outside its folder is refused: templates, partials included, are
    /// read from the templates folder only.
    private static func linkOutside(_ path: URL, folder: URL) -> Diagnostic? {
        // A file listed in the folder that is not a link is in the folder; only links need resolving.
        guard FileStatus(linkAt: path.path)?.isSymbolicLink == true else { return nil }
        let resolvedFolder = folder.resolvingSymlinksInPath().standardizedFileURL.path
        let resolved = path.resolvingSymlinksInPath().standardizedFileURL.path
        guard !resolved.hasPrefix(resolvedFolder + "/") else { return nil }
        return Diagnostic(file: path.relativePath, "this template is a link to a file outside \(folder.relativePath)/",
                          hint: "copy the file into the templates folder instead of linking to it")
    }

    /// Renders a template by name (`achievements.md`) with a context; `{{{style.p}}}` reaches ``styles``.
    func render(_ name: String, _ context: some TemplateContext) -> String {
        library.render(styled(context), withTemplate: name) ?? ""
    }

    /// A template's context with `style` beside its own names, as every template sees it.
    func styled(_ context: some TemplateContext) -> TemplateValue {
        TemplateValue(StyledContext(base: context, style: StyleContext(styles: styles)))
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "this closing tag does not match the section it closes"
        case .unfinishedName: "this tag is not finished (a name followed by }} was expected)"
        case .expectedSectionEnd: "a section is opened but never closed"
        case .invalidSetDelimiter: "the delimiter change is malformed"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: "unknown {{% … }} setting"
        default: "\(error)"
        }
    }

    /// Registers the Markdown content type with swift-mustache once per process.
    private static let registerContentTypes: Void = {
        MustacheContentTypes.register(MarkdownText(), named: MarkdownText.name)
    }()
}
