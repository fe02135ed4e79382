import Foundation

/// `summarize templates`: the built-in templates and the default Word reference document, written out as the
/// starting point of a house style.
///
/// Nothing is ever replaced. ``write(_:)`` first looks at every target, and if any name is taken (a file, a
/// folder, a link, even one that points nowhere) it names them all and writes nothing. Each file is then created
/// with ``NewFile``, which cannot replace a file that appeared meanwhile either; should that happen, or the disk
/// fill up, the error says exactly which files were already written.
public enum TemplateExport {
    /// One file to write, and what goes into it.
    public struct File: Sendable, Equatable {
        public var url: URL
        public var contents: Data

        public init(url: URL, contents: Data) {
            self.url = url
            self.contents = contents
        }
    }

    /// The name a house style gives its Word reference document, in `Templates/<locale>/`.
    public static let referenceFileName = "reference.docx"

    /// The built-in files of each locale as `folder/<locale>/<name>`: the templates, `headings.yaml` and
    /// `styles.css`, in locale and name order.
    public static func builtInTemplates(of locales: [ReportLocale], into folder: URL) -> [File] {
        locales.flatMap { locale in
            BuiltInTemplates.files(of: locale).values.sorted { $0.name < $1.name }.map { file in
                File(url: folder.appendingPathComponent(locale.rawValue, isDirectory: true).appendingPathComponent(file.name),
                     contents: Data(file.text.utf8))
            }
        }
    }

    /// The default Word reference document (``WordDocument/defaultReference(locale:)``), to be written at `url`,
    /// or as `url/reference.docx` when `url` is a folder: one that exists, or a path ending in `/`.
    ///
    /// Without a `locale`, the document speaks the language of the folder it goes into when that folder is named
    /// after one (`Templates/zh-Hans/reference.docx`), and the default locale otherwise.
    public static func referenceDocument(to url: URL, locale: ReportLocale?) throws(DiagnosticError) -> File {
        let isFolder = url.hasDirectoryPath || FileStatus(path: url.path)?.isDirectory == true
        let target = isFolder ? url.appendingPathComponent(referenceFileName) : url
        let locale = locale ?? ReportLocale(rawValue: target.deletingLastPathComponent().lastPathComponent) ?? .default
        return File(url: target, contents: try WordDocument.defaultReference(locale: locale))
    }

    /// Writes every file, creating the folders they need, and returns their locations; or refuses, having written
    /// nothing, when any of their names is taken.
    public static func write(_ files: [File]) throws(DiagnosticError) -> [URL] {
        let taken = files.filter { FileStatus(linkAt: $0.url.path) != nil }
        if !taken.isEmpty {
            var problems = taken.map { file in
                Diagnostic(file: file.url.relativePath, FileStatus(linkAt: file.url.path)?.isSymbolicLink == true
                    ? "a symbolic link has this name; summarize templates never replaces a file"
                    : "this file exists; summarize templates never replaces a file")
            }
            problems[problems.count - 1].hint = "nothing was written; move \(taken.count == 1 ? "it" : "them") away first, or write into another folder"
            throw DiagnosticError(problems)
        }
        var written: [URL] = []
        for file in files {
            let shown = file.url.relativePath
            let folder = file.url.deletingLastPathComponent()
            do {
                try FileSystem.makeFolders(folder.path)
                try NewFile.create(file.url, contents: file.contents)
            } catch let error as FileSystemError {
                throw failure(error.diagnostic(file: folder.relativePath, "cannot create the folder",
                                               hint: "check the path, or name another folder"), after: written)
            } catch let error as NewFile.Failure {
                switch error {
                case .exists:
                    throw failure(Diagnostic(file: shown, "this file appeared while the others were being written; it was left as it is",
                                             hint: "another program is writing here; check the folder"), after: written)
                case let .file(error):
                    throw failure(error.diagnostic(file: shown, "cannot write the file",
                                                   hint: "check that the folder is writable and the disk is not full"), after: written)
                }
            } catch {
                throw failure(Diagnostic(file: shown, "cannot write the file: \(error)"), after: written)
            }
            written.append(file.url)
        }
        return written
    }

    /// A failure after some files were written: the files are complete, and are named, so that nobody has to
    /// guess what is there.
    private static func failure(_ problem: Diagnostic, after written: [URL]) -> DiagnosticError {
        guard !written.isEmpty else { return DiagnosticError(problem) }
        let names = written.map(\.relativePath).joined(separator: ", ")
        return DiagnosticError([problem, Diagnostic(
            .warning, file: nil, "\(written.count) file\(written.count == 1 ? " was" : "s were") written before this, and \(written.count == 1 ? "is" : "are") complete: \(names)",
            hint: "the other files were not written; remove these, or keep them and write the rest into another folder")])
    }
}
