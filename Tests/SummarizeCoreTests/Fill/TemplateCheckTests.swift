import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// Template mistakes are found on every load, before they quietly empty part of a report.
@Suite struct TemplateCheckTests {
    /// The built-in templates of `locale` with the house style's `changes` (file → text) in a temporary folder:
    /// what loading them reports, errors and warnings, with the folder's path left out.
    static func check(locale: ReportLocale = .zhHant, changes: [String: String]) throws -> String {
        try TestFiles.withTemporaryFolder { folder in
            let copy = folder.appendingPathComponent("Templates/\(locale.rawValue)")
            try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
            for (file, text) in changes {
                try TestFiles.write(text, to: file, in: copy)
            }
            let result: String
            do throws(DiagnosticError) {
                let templates = try TemplateSet.load(from: .init(folder.appendingPathComponent("Templates"), isRequired: true), locale: locale)
                result = templates.warnings.map(\.description).joined(separator: "\n")
            } catch {
                result = error.description
            }
            return result.replacingOccurrences(of: folder.path, with: "")
        }
    }

    @Test(arguments: ReportLocale.allCases)
    func theShippedTemplatesAreClean(_ locale: ReportLocale) throws {
        let templates = try TemplateSet.load(from: nil, locale: locale).value
        #expect(TemplateCheck.check(templates).isEmpty)
    }

    /// The repository's Templates/ folder is what the tool has built in, file for file.
    @Test(arguments: ReportLocale.allCases)
    func theBuiltInTemplatesAreTheRepositorysTemplates(_ locale: ReportLocale) throws {
        let folder = TestSupport.templates.appendingPathComponent(locale.rawValue)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        let builtIn = BuiltInTemplates.files(of: locale)
        #expect(Set(builtIn.keys) == Set(files))
        for file in files {
            #expect(builtIn[file]?.text == (try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)), "\(file)")
        }
    }

    @Test func namesTheFileAndLineOfAParseError() throws {
        let result = try Self.check(changes: ["section.md.mustache": "## {{number.hanzi}}、{{heading}}\n\n{{#entries}}\n{{> entry.md}}\n"])
        #expect(result == """
            /Templates/zh-Hant/section.md.mustache:5:1: error: template syntax: a section is opened but never closed
              hint: every {{#name}} needs a matching {{/name}}, and every tag is closed with }}
            """)
    }

    @Test(arguments: ["{{intro", "{{! a comment", "text {{{intro}}"])
    func anUnclosedTagIsNamedAsSuch(_ text: String) throws {
        let result = try Self.check(changes: ["intro.md.mustache": text])
        #expect(result.hasPrefix("/Templates/zh-Hant/intro.md.mustache:1:"))
        #expect(result.contains("error: this tag is never closed"))
    }

    @Test func reportsNamesTheDataDoesNotHave() throws {
        let result = try Self.check(changes: [
            "item.md.mustache": "{{#title}}\n#### {{number.arabic}}.{{titel}}\n{{/title}}\n{{#itmes}}\n{{> subitem.md}}\n{{/itmes}}\n",
            "headings.yaml": String(decoding: try Data(contentsOf: TestSupport.templates.appendingPathComponent("zh-Hant/headings.yaml")), as: UTF8.self)
                .replacingOccurrences(of: "{{period.next.relativeName}}", with: "{{period.next.relativName}}"),
        ])
        #expect(result == """
            /Templates/zh-Hant/headings.yaml:11:9: error: the data has no 'relativName' here (in 'period.next.relativName'); did you mean 'relativeName'?
              hint: the names available here, innermost first: code, half, isFirstHalf, isSecondHalf, isYear, name, next, previous, relativeName, span, year, yearAgo (the period)
            /Templates/zh-Hant/item.md.mustache:2:24: error: the data has no 'titel' here; did you mean 'title'?
              hint: the names available here, innermost first: department, isHeading, isNumbered, isOnly, isRunIn, items, number, outline, responsible, text, title (the entry); entries, hasPrevious, hasYearAgo, heading, key, metrics, reviews (the section); date, intro, isPlan, isoDate, kind, lang, organization, period, titleLines (the report); style (the style table)
            /Templates/zh-Hant/item.md.mustache:4:1: error: the data has no 'itmes' here; did you mean 'items'?
              hint: the names available here, innermost first: department, isHeading, isNumbered, isOnly, isRunIn, items, number, outline, responsible, text, title (the entry); entries, hasPrevious, hasYearAgo, heading, key, metrics, reviews (the section); date, intro, isPlan, isoDate, kind, lang, organization, period, titleLines (the report); style (the style table)
            """)
    }

    @Test func warnsAboutTheHouseStylesTemplatesNoReportUses() throws {
        #expect(try Self.check(changes: ["achievements.md.mustache": "## {{number.hanzi}}、{{period.half}}工作成績\n"]) == """
            /Templates/zh-Hant/achievements.md.mustache: warning: no report template uses this template, so it was not checked
              hint: include it as a partial ({{> achievements.md}}) or remove it; section headings are in headings.yaml
            """)
    }

    @Test func refusesUnescapedValues() throws {
        let result = try Self.check(changes: [
            "intro.md.mustache": "{{{intro}}}\n{{&organization}}\n{{%CONTENT_TYPE: TEXT}}{{intro}}\n",
            "document.html.mustache": "<html><body><main>{{{title}}}{{{content}}}</main></body></html>\n",
        ])
        #expect(result == """
            /Templates/zh-Hant/document.html.mustache:1:19: error: 'title' is output unescaped, so its text would be read as HTML
              hint: write {{title}}; only {{{content}}}, the report body, and {{{style.…}}} are HTML already
            /Templates/zh-Hant/intro.md.mustache:1:1: error: 'intro' is output unescaped in a Markdown template, so its text would be read as Markdown
              hint: write {{intro}}: Markdown templates escape every value so that it shows exactly as typed
            /Templates/zh-Hant/intro.md.mustache:2:1: error: 'organization' is output unescaped in a Markdown template, so its text would be read as Markdown
              hint: write {{organization}}: Markdown templates escape every value so that it shows exactly as typed
            /Templates/zh-Hant/intro.md.mustache:3:1: error: a template cannot choose its own content type; its file name does (.md or .html)
              hint: remove {{%CONTENT_TYPE: TEXT}}; Markdown templates end in .md.mustache, HTML templates in .html.mustache
            """)
    }

    /// A tab between changed delimiters once hid an unescaped tag from the check; delimiters cannot change at all.
    @Test(arguments: ["{{=<% %>=}}<%&organization%><%={{ }}=%>", "{{=<%\t%>=}}<%&organization%><%={{\t}}=%>"])
    func refusesChangedDelimiters(_ text: String) throws {
        let result = try Self.check(changes: ["intro.md.mustache": text])
        #expect(result == """
            /Templates/zh-Hant/intro.md.mustache:1:1: error: templates cannot change their delimiters ({{=…=}})
              hint: keep {{ and }}; to write {{ as text, put it in the data or a comment
            """)
    }

    @Test func refusesAPartialThatIncludesItself() throws {
        let result = try Self.check(changes: [
            "item.md.mustache": "{{text}}\n{{#items}}\n{{> subitem.md}}\n{{/items}}\n",
            "subitem.md.mustache": "{{text}}\n{{> item.md}}\n",
        ])
        #expect(result.contains("/Templates/zh-Hant/subitem.md.mustache:2:1: error: the partial 'item.md' includes itself (item.md → subitem.md → item.md), so the report would never end"))
        let layout = try Self.check(changes: ["document.html.mustache": "{{{content}}}{{> document.html}}"])
        #expect(layout.contains("the partial 'document.html' includes itself (document.html → document.html)"))
    }

    @Test func refusesTemplatesTooLargeOrTooDeepToParse() throws {
        let deep = String(repeating: "{{#intro}}", count: 100_000) + String(repeating: "{{/intro}}", count: 100_000)
        #expect(try Self.check(changes: ["intro.md.mustache": deep]).contains("error: the file is larger than the 256 KiB a template may have"))
        let nested = String(repeating: "{{#intro}}", count: 40) + String(repeating: "{{/intro}}", count: 40)
        #expect(try Self.check(changes: ["intro.md.mustache": nested]).contains("error: sections are nested more than 32 deep here"))
        let many = String(repeating: "{{intro}}", count: 6_000)
        #expect(try Self.check(changes: ["intro.md.mustache": many]).contains("error: the template has 6,000 tags, more than the 5,000 a template may have"))
    }

    @Test func partialsComeOnlyFromTheTemplates() throws {
        try TestFiles.withTemporaryFolder { folder in
            try TestFiles.write("SECRET", to: "secret.mustache", in: folder)
            try TestFiles.write("SECRET", to: "Templates/secret.md.mustache", in: folder)
            let locale = folder.appendingPathComponent("Templates/zh-Hant")
            try TestFiles.write("{{intro}}\n{{> ../secret.md}}{{> ../../secret}}{{> /etc/hostname}}{{> entyr.md}}\n",
                                to: "intro.md.mustache", in: locale)
            let error = #expect(throws: DiagnosticError.self) {
                try TemplateSet.load(from: folder.appendingPathComponent("Templates"), locale: .zhHant)
            }
            #expect(error?.diagnostics.map(\.message) == [
                "the partial '../secret.md' points outside \(locale.relativePath); partials are only read from there",
                "the partial '../../secret' points outside \(locale.relativePath); partials are only read from there",
                "the partial '/etc/hostname' points outside \(locale.relativePath); partials are only read from there",
                "there is no template 'entyr.md' in \(locale.relativePath) for this partial; did you mean 'entry.md'?",
            ])
        }
    }

    @Test func refusesATemplateThatLinksOutsideItsFolder() throws {
        try TestFiles.withTemporaryFolder { folder in
            try TestFiles.write("SECRET", to: "secret.txt", in: folder)
            let locale = folder.appendingPathComponent("Templates/zh-Hant")
            try FileManager.default.createDirectory(at: locale, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: locale.appendingPathComponent("extra.md.mustache"),
                                                       withDestinationURL: folder.appendingPathComponent("secret.txt"))
            let error = #expect(throws: DiagnosticError.self) {
                try TemplateSet.load(from: folder.appendingPathComponent("Templates"), locale: .zhHant)
            }
            #expect(error?.diagnostics.map(\.message) == ["this template is a link to a file outside \(locale.relativePath)/"])
        }
    }

    @Test func aNamedTemplatesFolderMustExistTheDefaultOneNeedNot() throws {
        try TestFiles.withTemporaryFolder { folder in
            let missing = folder.appendingPathComponent("Templats")
            let error = #expect(throws: DiagnosticError.self) {
                try TemplateSet.load(from: TemplateSet.Folder(missing, isRequired: true), locale: .zhHant)
            }
            #expect(error?.diagnostics.first?.message == "the templates folder does not exist")
            let builtIn = try TemplateSet.load(from: TemplateSet.Folder(missing, isRequired: false), locale: .zhHant)
            #expect(builtIn.value.folder == nil)
        }
    }

    @Test func readsTagsWithTheirPositions() {
        let tags = TemplateTag.scan("a {{x}}\n  {{{ y }}} {{& z}}{{#s}}{{/s}}{{! c }}{{> p.md}} {{=<% %>=}}")
        #expect(tags.map { "\($0.kind) \($0.name) \($0.line):\($0.column)" } == [
            "variable x 1:3", "unescapedVariable y 2:3", "unescapedVariable z 2:13", "section s 2:20", "sectionEnd s 2:26",
            "comment c 2:32", "partial p.md 2:40", "setDelimiters <% %>= 2:51",
        ])
        // Columns count characters, not bytes, however many tags share the line.
        let chinese = TemplateTag.scan("一、{{x}}（二）{{y}}\n第{{z}}")
        #expect(chinese.map { "\($0.line):\($0.column)" } == ["1:3", "1:11", "2:2"])
    }
}
