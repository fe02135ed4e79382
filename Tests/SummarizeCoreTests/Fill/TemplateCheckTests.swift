import Foundation
import Testing
@testable import SummarizeCore

/// Template mistakes are found before they quietly empty part of a report.
@Suite struct TemplateCheckTests {
    /// A copy of the real templates of `locale` in a temporary folder, with `changes` applied (file → new text).
    static func check(locale: ReportLocale = .zhHant, changes: [String: String]) throws -> String {
        try TestFiles.withTemporaryFolder { folder in
            let source = TestSupport.templates.appendingPathComponent(locale.rawValue)
            let copy = folder.appendingPathComponent("Templates/\(locale.rawValue)")
            try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: copy)
            for (file, text) in changes {
                try TestFiles.write(text, to: file, in: copy)
            }
            let result: String
            do {
                let templates = try TemplateSet.load(from: folder.appendingPathComponent("Templates"), locale: locale)
                result = TemplateCheck.check(templates).map(\.description).joined(separator: "\n")
            } catch let error as DiagnosticError {
                result = error.description
            }
            return result.replacingOccurrences(of: folder.path, with: "")
        }
    }

    @Test(arguments: ReportLocale.allCases)
    func theShippedTemplatesAreClean(_ locale: ReportLocale) throws {
        #expect(try Self.check(locale: locale, changes: [:]) == "")
    }

    @Test func namesTheFileAndLineOfAParseError() throws {
        let result = try Self.check(changes: ["plans.md.mustache": "## {{number.hanzi}}、工作計劃\n\n{{#entries}}\n{{> entry.md}}\n"])
        #expect(result == """
            /Templates/zh-Hant/plans.md.mustache:5:1: error: template syntax: a section is opened but never closed
              hint: every {{#name}} needs a matching {{/name}}, and every tag is closed with }}
            """)
    }

    @Test func reportsNamesTheDataDoesNotHave() throws {
        let result = try Self.check(changes: [
            "item.md.mustache": "{{#title}}\n#### {{number.arabic}}.{{titel}}\n{{/title}}\n{{#itmes}}\n{{> subitem.md}}\n{{/itmes}}\n",
            "plans.md.mustache": "## {{number.hanzi}}、{{period.next.relativName}}工作計劃\n\n{{#entries}}\n{{> entry.md}}\n{{/entries}}\n",
        ])
        #expect(result == """
            /Templates/zh-Hant/item.md.mustache:2:24: error: the data has no 'titel' here; did you mean 'title'?
              hint: the names available here, innermost first: department, items, number, outline, text, title (the entry); entries, hasPrevious, hasYearAgo, metrics, reviews (the section); date, intro, isoDate, lang, organization, period (the report); style (the style table)
            /Templates/zh-Hant/item.md.mustache:4:1: error: the data has no 'itmes' here; did you mean 'items'?
              hint: the names available here, innermost first: department, items, number, outline, text, title (the entry); entries, hasPrevious, hasYearAgo, metrics, reviews (the section); date, intro, isoDate, lang, organization, period (the report); style (the style table)
            /Templates/zh-Hant/plans.md.mustache:1:21: error: the data has no 'relativName' here (in 'period.next.relativName'); did you mean 'relativeName'?
              hint: the names available here, innermost first: code, half, isFirstHalf, name, next, previous, relativeName, year, yearAgo (the period)
            """)
    }

    @Test func warnsAboutTemplatesNoReportUses() throws {
        #expect(try Self.check(changes: ["old-entry.md.mustache": "{{title}}\n"]) == """
            /Templates/zh-Hant/old-entry.md.mustache: warning: no report template uses this template, so it was not checked
              hint: include it as a partial ({{> old-entry.md}}) or remove it
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

    @Test func partialsComeOnlyFromTheTemplatesFolder() throws {
        try TestFiles.withTemporaryFolder { folder in
            try TestFiles.write("SECRET", to: "secret.mustache", in: folder)
            try TestFiles.write("SECRET", to: "Templates/secret.md.mustache", in: folder)
            let locale = folder.appendingPathComponent("Templates/zh-Hant")
            try FileManager.default.copyItem(at: TestSupport.templates.appendingPathComponent("zh-Hant"), to: locale)
            try TestFiles.write("{{intro}}\n{{> ../secret.md}}{{> ../../secret}}{{> /etc/hostname}}{{> entyr.md}}\n",
                                to: "intro.md.mustache", in: locale)
            let templates = try TemplateSet.load(from: folder.appendingPathComponent("Templates"), locale: .zhHant)
            let html = ReportRenderer(templates: templates).html(for: Report.specimen)
            #expect(!html.contains("SECRET"))
            let messages = TemplateCheck.check(templates).map(\.message)
            #expect(messages == [
                "the partial '../secret.md' points outside \(locale.relativePath)/; partials are only read from that folder",
                "the partial '../../secret' points outside \(locale.relativePath)/; partials are only read from that folder",
                "the partial '/etc/hostname' points outside \(locale.relativePath)/; partials are only read from that folder",
                "there is no template 'entyr.md' in \(locale.relativePath)/ for this partial; did you mean 'entry.md'?",
            ])
        }
    }

    @Test func refusesATemplateThatLinksOutsideItsFolder() throws {
        try TestFiles.withTemporaryFolder { folder in
            try TestFiles.write("SECRET", to: "secret.txt", in: folder)
            let locale = folder.appendingPathComponent("Templates/zh-Hant")
            try FileManager.default.copyItem(at: TestSupport.templates.appendingPathComponent("zh-Hant"), to: locale)
            try FileManager.default.createSymbolicLink(at: locale.appendingPathComponent("extra.md.mustache"),
                                                       withDestinationURL: folder.appendingPathComponent("secret.txt"))
            let error = #expect(throws: DiagnosticError.self) {
                try TemplateSet.load(from: folder.appendingPathComponent("Templates"), locale: .zhHant)
            }
            #expect(error?.diagnostics.map(\.message) == ["this template is a link to a file outside \(locale.relativePath)/"])
        }
    }

    @Test func readsTagsWithTheirPositions() {
        let tags = TemplateTag.scan("a {{x}}\n  {{{ y }}} {{& z}}{{#s}}{{/s}}{{! c }}{{=<% %>=}}<%w%> {{v}}<%={{ }}=%>{{> p.md}}")
        #expect(tags.map { "\($0.kind) \($0.name) \($0.line):\($0.column)" } == [
            "variable x 1:3", "unescapedVariable y 2:3", "unescapedVariable z 2:13", "section s 2:20", "sectionEnd s 2:26",
            "comment c 2:32", "variable w 2:51", "partial p.md 2:73",
        ])
    }
}
