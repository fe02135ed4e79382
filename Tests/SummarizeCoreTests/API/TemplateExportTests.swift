import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// `summarize templates`: the built-in files written out as they are compiled in, and nothing ever replaced.
@Suite struct TemplateExportTests {
    @Test func exportsEveryBuiltInFileOfEveryLocale() throws {
        try TestFiles.withTemporaryFolder { root in
            let folder = root.appendingPathComponent("House")
            let written = try TemplateExport.write(TemplateExport.builtInTemplates(of: ReportLocale.allCases, into: folder))
            for locale in ReportLocale.allCases {
                let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(locale.rawValue).path).sorted()
                #expect(names == BuiltInTemplates.files(of: locale).keys.sorted())
                #expect(names.contains("headings.yaml") && names.contains("styles.css"))
                for (name, file) in BuiltInTemplates.files(of: locale) {
                    #expect(try String(contentsOf: folder.appendingPathComponent("\(locale)/\(name)"), encoding: .utf8) == file.text)
                }
            }
            #expect(written.count == ReportLocale.allCases.map { BuiltInTemplates.files(of: $0).count }.reduce(0, +))
        }
    }

    /// The exported files, used as a house style, make the same report as the built-in ones.
    @Test func anExportedHouseStyleMakesTheSameReport() throws {
        try TestFiles.withTemporaryFolder { root in
            let templates = root.appendingPathComponent("Templates")
            _ = try TemplateExport.write(TemplateExport.builtInTemplates(of: [.zhHant], into: templates))
            func html(_ folder: TemplateSet.Folder?) throws -> String {
                try SummaryJob(period: TestFiles.period, dataDirectory: TestSupport.sampleData, templates: folder,
                               outputDirectory: root.appendingPathComponent("Output")).document().value.html
            }
            #expect(try html(TemplateSet.Folder(templates, isRequired: true)) == html(nil))
        }
    }

    @Test func refusesWhenAnyFileExistsAndWritesNothing() throws {
        try TestFiles.withTemporaryFolder { root in
            let folder = root.appendingPathComponent("Templates")
            let kept = try TestFiles.write("p { color: #111111; }\n", to: "en/styles.css", in: folder)
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("en/headings.yaml").path,
                                                       withDestinationPath: "/nonexistent/headings.yaml")
            let error = #expect(throws: DiagnosticError.self) {
                try TemplateExport.write(TemplateExport.builtInTemplates(of: [.en, .zhHans], into: folder))
            }
            #expect(error?.description == """
                \(folder.path)/en/headings.yaml: error: a symbolic link has this name; summarize templates never replaces a file
                \(folder.path)/en/styles.css: error: this file exists; summarize templates never replaces a file
                  hint: nothing was written; move them away first, or write into another folder
                """)
            #expect(try String(contentsOf: kept, encoding: .utf8) == "p { color: #111111; }\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["en"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("en").path).sorted() == ["headings.yaml", "styles.css"])
        }
    }

    @Test func writesTheReferenceDocumentInTheLanguageOfItsFolder() throws {
        try TestFiles.withTemporaryFolder { root in
            let folder = root.appendingPathComponent("Templates/zh-Hans", isDirectory: true)
            let file = try TemplateExport.referenceDocument(to: folder, locale: nil)
            #expect(file.url.lastPathComponent == "reference.docx")
            #expect(file.contents == (try WordDocument.defaultReference(locale: .zhHans)))
            #expect(try TemplateExport.write([file]) == [folder.appendingPathComponent("reference.docx")])
            #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("reference.docx").path) == file.contents)

            let named = try TemplateExport.referenceDocument(to: root.appendingPathComponent("styles.docx"), locale: .en)
            #expect(named.contents == (try WordDocument.defaultReference(locale: .en)))
            let other = try TemplateExport.referenceDocument(to: root.appendingPathComponent("styles.docx"), locale: nil)
            #expect(other.contents == (try WordDocument.defaultReference(locale: .default)))
            #expect(throws: DiagnosticError.self) { try TemplateExport.write([try TemplateExport.referenceDocument(to: folder, locale: nil)]) }
        }
    }

    /// The command prints the files written; a second run refuses with exit status 1 and changes nothing.
    @Test func theCommand() throws {
        try TestFiles.withTemporaryFolder { root in
            let first = try CommandLineTests.run(["templates", "--export", "Templates", "--locale", "zh-Hant",
                                                  "--reference-docx", "Templates/zh-Hant/"], in: root)
            #expect(first.status == 0)
            #expect(first.errors == "")
            let expected = BuiltInTemplates.files(of: .zhHant).keys.sorted().map { "Templates/zh-Hant/\($0)" } + ["Templates/zh-Hant/reference.docx"]
            #expect(first.output == expected.joined(separator: "\n") + "\n")

            let again = try CommandLineTests.run(["templates", "--export", "Templates", "--locale", "zh-Hant"], in: root)
            #expect(again.status == 1)
            #expect(again.output == "")
            #expect(again.errors.hasPrefix("Templates/zh-Hant/document.html.mustache: error: this file exists; summarize templates never replaces a file\n"))

            let nothing = try CommandLineTests.run(["templates"], in: root)
            #expect(nothing.status == 64)
            #expect(nothing.errors.hasPrefix("Error: say what to write: --export <dir> (the templates) or --reference-docx <file> (the Word styles)\n"))
        }
    }
}
