import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct StyleTableTests {
    @Test func rulesAddUpPerSelectorAndLaterDeclarationsWin() throws {
        let table = try StyleTable.parse("""
            /* shared */
            th, td.value { border: 1px solid #555; padding: 4px 8px; }
            td.value { text-align: right; padding: 0; }
            h1 { font-family: "仿宋", FangSong,  serif; }
            """, file: "styles.css")
        #expect(table["th"] == "border:1px solid #555;padding:4px 8px")
        #expect(table["td.value"] == "border:1px solid #555;text-align:right;padding:0")
        #expect(table["h1"] == "font-family:'仿宋',FangSong,serif", "double quotes become single, so the attribute needs no escaping")
        #expect(table.value(of: "padding", for: "td.value") == "0")
        #expect(table["p"] == nil)
    }

    @Test func windowsLineEndsAndByteOrderMarkAreFine() throws {
        let table = try StyleTable.parse("\u{FEFF}/* house style */\r\np {\r\n  text-indent: 2em;\r\n}\r\n", file: "styles.css")
        #expect(table["p"] == "text-indent:2em")
    }

    @Test func fullWidthSpacesTypedWithAChineseKeyboardAreWhiteSpace() throws {
        let table = try StyleTable.parse("p\u{3000}{\u{3000}color:\u{3000}red;\u{3000}margin: 0\u{3000}\u{3000}4px;}", file: "styles.css")
        #expect(table["p"] == "color:red;margin:0 4px")
    }

    @Test(arguments: [
        ("h2 p { color: red; }", "styles.css:1:1: error: 'h2 p' is not a flat selector\n  hint: name an element (p, h2, td) or an element with a class (td.value); inline styles cannot follow descendant or state selectors"),
        ("a:hover { color: red; }", "styles.css:1:1: error: 'a:hover' is not a flat selector\n  hint: name an element (p, h2, td) or an element with a class (td.value); inline styles cannot follow descendant or state selectors"),
        ("p {\n  margin: 0 !important;\n}", "styles.css:2:3: error: margin: '!important' has no use in an inline style\n  hint: only @media overrides in document.html need !important; remove it here"),
        ("p { width: calc(100% - 2em); }", "styles.css:1:5: error: width: var() and calc() are dropped by Gmail\n  hint: write the computed value, e.g. 16px"),
        ("p { background: url(x.png); }", "styles.css:1:5: error: background: url() would load something from outside the report\n  hint: reports are self-contained; remove it"),
        ("\n@media print { p { color: black; } }", "styles.css:2:1: error: '@' rules cannot be inline\n  hint: put @media and @page rules in the <style> of document.html.mustache"),
        ("p { color red; }", "styles.css:1:5: error: 'color red' is not a declaration\n  hint: write  property: value;  e.g.  font-size: 16px;"),
        ("/* 標題 */ p { color red; }", "styles.css:1:14: error: 'color red' is not a declaration\n  hint: write  property: value;  e.g.  font-size: 16px;"),
        ("p { color: red;", "styles.css:1:16: error: the rule is not closed\n  hint: end it with '}'"),
        ("p color: red;", "styles.css:1:1: error: a rule needs '{' after its selectors\n  hint: write it as  p { text-indent: 2em; }"),
        ("/* unclosed", "styles.css:1:1: error: the comment is not closed\n  hint: end it with */"),
    ])
    func reportsMistakesWhereTheyAre(_ source: String, _ expected: String) {
        #expect(throws: DiagnosticError.self) { try StyleTable.parse(source, file: "styles.css") }
        do {
            _ = try StyleTable.parse(source, file: "styles.css")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func atRuleIsSkippedWholeSoLaterRulesStillCount() {
        do {
            _ = try StyleTable.parse("@media print { p { color: black; } }\nh1 { color: red; }", file: "s.css")
            Issue.record("an @media rule must be refused")
        } catch {
            #expect(error.diagnostics.count == 1, "only the @media rule is wrong: \(error)")
        }
    }

    @Test func everyLocaleHasAStyleTableThatLoads() throws {
        for locale in ReportLocale.allCases {
            let templates = try TemplateSet.load(from: TestSupport.templates, locale: locale)
            for selector in ["body", "table.report", "td.report", "h1", "h2", "h3", "h4", "h5", "p", "table.metrics",
                             "th", "td.index", "td.name", "td.value", "td.signature", "td.date"] {
                #expect(templates.styles[selector] != nil, "\(locale) has no style for \(selector)")
            }
        }
    }

    /// A misspelt `{{{style.td.vlaue}}}` renders as nothing; every reference in the templates must name a rule.
    @Test func everyStyleTheTemplatesUseIsDefined() throws {
        for locale in ReportLocale.allCases {
            let templates = try TemplateSet.load(from: TestSupport.templates, locale: locale)
            let folder = TestSupport.templates.appendingPathComponent(locale.rawValue)
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".html.mustache") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let references = text.components(separatedBy: "{{{style.").dropFirst().map { $0.prefix { $0 != "}" } }
                #expect(!references.isEmpty || file != "document.html.mustache")
                for selector in references {
                    #expect(templates.styles[String(selector)] != nil, "\(locale)/\(file) uses style.\(selector), which styles.css does not define")
                }
            }
        }
    }

    /// A house style may bring only some files: without its own styles.css, the built-in one applies.
    @Test func aHouseStyleWithoutAStyleTableUsesTheBuiltInOne() throws {
        let root = try TestSupport.temporaryFolder()
        try TestFiles.write("{{intro}}\n", to: "en/intro.md.mustache", in: root)
        let templates = try TemplateSet.load(from: root, locale: .en)
        #expect(templates.styles == (try TemplateSet.load(from: nil, locale: .en).value.styles))
        #expect(templates.sources["intro.md"]?.isBuiltIn == false)
        #expect(templates.sources["entry.md"]?.isBuiltIn == true)
    }

    @Test func aBrokenStyleTableOfTheHouseStyleIsReported() throws {
        let root = try TestSupport.temporaryFolder()
        try TestFiles.write("p { color: red", to: "en/styles.css", in: root)
        let error = #expect(throws: DiagnosticError.self) { try TemplateSet.load(from: root, locale: .en) }
        #expect(error?.description.hasSuffix("/en/styles.css:1:15: error: the rule is not closed\n  hint: end it with '}'") == true, "\(error?.description ?? "")")
    }
}
