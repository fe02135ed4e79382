import ArgumentParser
import Foundation
import SummarizeCore

/// `summarize templates --export Templates`: the built-in templates, to start a house style from.
struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Write out the built-in templates or the Word reference document, to start a house style from.",
        discussion: """
            The templates are built into summarize. A house style overrides them file by file: a file in \
            Templates/<locale>/ replaces the built-in file of the same name, and every file it does not have \
            stays built in. headings.yaml holds the section headings, styles.css the inline styles of the HTML \
            report, the *.mustache files the wording and layout, and reference.docx the styles and page of the \
            Word document (--format docx, pdf). Keep only the files you change: the others then follow the \
            built-in ones when summarize is updated.

            --export DIR writes every built-in file as DIR/<locale>/<name>. --reference-docx FILE writes the \
            default reference document, whose paragraphs name the styles to change; restyled in Word or WPS and \
            saved as Templates/<locale>/reference.docx, it gives the Word report its styles. Its language is \
            --locale, or that of the folder FILE is in (Templates/zh-Hans/), or zh-Hant; a FILE that is a folder \
            (or ends in /) gets reference.docx inside it.

            Nothing is ever replaced: if any of the files exists already, each one is named and nothing is \
            written. The files written are printed, one per line.
            """)

    @Option(name: .customLong("export"), help: ArgumentHelp("Write the built-in templates into this folder, one subfolder per locale.", valueName: "dir"),
            completion: .directory)
    var exportPath: String?

    @Option(name: .customLong("reference-docx"), help: ArgumentHelp("Write the default Word reference document to this file.", valueName: "file"),
            completion: .file(extensions: ["docx"]))
    var referencePath: String?

    @Option(name: .long, help: ArgumentHelp("Only this locale: zh-Hant, zh-Hans or en (default: every locale for --export).", valueName: "locale"),
            completion: Completions.locales, transform: Arguments.locale)
    var locale: ReportLocale?

    func validate() throws {
        guard exportPath != nil || referencePath != nil else {
            throw ValidationError("say what to write: --export <dir> (the templates) or --reference-docx <file> (the Word styles)")
        }
        try Arguments.refuseEmpty([(exportPath ?? ".", "--export")])
        if referencePath?.isEmpty == true {
            throw ValidationError("--reference-docx is empty: name a file, e.g. --reference-docx Templates/zh-Hant/reference.docx")
        }
    }

    func run() throws {
        do {
            var files: [TemplateExport.File] = []
            if let exportPath {
                files += TemplateExport.builtInTemplates(of: locale.map { [$0] } ?? ReportLocale.allCases,
                                                         into: URL(fileURLWithPath: exportPath, isDirectory: true))
            }
            if let referencePath {
                let url = URL(fileURLWithPath: referencePath, isDirectory: referencePath.hasSuffix("/"))
                files.append(try TemplateExport.referenceDocument(to: url, locale: locale))
            }
            for file in try TemplateExport.write(files) { print(file.relativePath) }
        } catch {
            Console.print(error.diagnostics)
            throw ExitCode(1)
        }
    }
}
