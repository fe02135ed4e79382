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
        ("p {\n  margin: 0 !important;\n}", "styles.css:2:13: error: margin: '!important' has no use in an inline style\n  hint: only @media overrides in document.html need !important; remove it here"),
        ("p { width: calc(100% - 2em); }", "styles.css:1:12: error: width: var() and calc() are dropped by Gmail\n  hint: write the computed value, e.g. 16pt"),
        ("p { background: url(x.png); }", "styles.css:1:17: error: background: url() would load something from outside the report\n  hint: reports are self-contained; remove it"),
        ("\n@media print { p { color: black; } }", "styles.css:2:1: error: '@' rules cannot be inline\n  hint: put @media and @page rules in the <style> of document.html.mustache"),
        ("p { color red; }", "styles.css:1:5: error: 'color red' is not a declaration\n  hint: write  property: value;  e.g.  font-size: 16pt;"),
        ("/* 標題 */ p { color red; }", "styles.css:1:14: error: 'color red' is not a declaration\n  hint: write  property: value;  e.g.  font-size: 16pt;"),
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

    /// Values are allow-listed: a function of any kind could load an image (a tracking pixel in every element of
    /// every report), an escape or comment could hide one, and a huge number trapped or made the plain text huge.
    /// Each refusal points at the word that is wrong.
    @Test(arguments: [
        ("p { background-image: image-set(\"https://t.example/p.png\" 1x); }",
         "styles.css:1:23: error: background-image: 'image-set()' is a function, and the style table takes none"),
        ("p { background: -webkit-image-set('https://t.example/p.png' 1x); }",
         "styles.css:1:17: error: background: '-webkit-image-set()' is a function, and the style table takes none"),
        ("p { list-style-image: image('https://t.example/p.png'); }",
         "styles.css:1:23: error: list-style-image: 'image()' is a function, and the style table takes none"),
        ("p { background: src('https://t.example/p.png'); }",
         "styles.css:1:17: error: background: 'src()' is a function, and the style table takes none"),
        ("p { width: expression(alert(1)); }",
         "styles.css:1:12: error: width: 'expression()' is a function, and the style table takes none"),
        ("p { color: rgb(1, 2, 3); }", "styles.css:1:12: error: color: 'rgb()' is a function, and the style table takes none"),
        ("p { background: URL(x.png); }", "styles.css:1:17: error: background: url() would load something from outside the report"),
        ("p { background: u\\72l(x.png); }", "styles.css:1:18: error: background: the characters < > & { } \\ cannot appear in a value"),
        ("p { background: ur/**/l(x.png); }", "styles.css:1:19: error: background: a comment cannot be inside a value"),
        ("p { background: url (x.png); }", "styles.css:1:17: error: background: 'url' is not a value the style table knows"),
        ("p { behavior: x; }", "styles.css:1:15: error: behavior: 'x' is not a value the style table knows"),
        ("p { color: javascript:alert; }", "styles.css:1:12: error: color: 'javascript' is not a value the style table knows"),
        ("p { font-family: \"a'b\"; }", "styles.css:1:20: error: font-family: a font name cannot hold quotes, backslashes or control characters"),
        ("p { font-family: 'Noto; }", "styles.css:1:18: error: font-family: the quoted font name is not closed"),
        ("p { content: 'x'; }", "styles.css:1:14: error: content: a quoted text is not a value of content"),
        ("p { color: #12345; }", "styles.css:1:12: error: color: '#12345' is not a colour"),
        ("p { color: #ggg; }", "styles.css:1:12: error: color: '#ggg' is not a colour"),
        ("p { text-indent: 1e300em; }", "styles.css:1:18: error: text-indent: '1e300em' is not a number with a known unit"),
        ("p { text-indent: nanem; }", "styles.css:1:18: error: text-indent: 'nanem' is not a value the style table knows"),
        ("p { text-indent: infinityem; }", "styles.css:1:18: error: text-indent: 'infinityem' is not a value the style table knows"),
        ("p { text-indent: 99999999999999999999px; }", "styles.css:1:18: error: text-indent: '99999999999999999999px' is out of range"),
        ("p {\n  margin: 0 0\n    3000px;\n}", "styles.css:3:5: error: margin: '3000px' is out of range"),
        ("p { text-indent: \(String(repeating: "9", count: 400))em; }",
         "styles.css:1:18: error: text-indent: '\(String(repeating: "9", count: 400))em' is out of range"),
        ("p { text-indent: -101em; }", "styles.css:1:18: error: text-indent: '-101em' is out of range"),
        ("p { line-height: 1.8.2; }", "styles.css:1:18: error: line-height: '1.8.2' is not a number with a known unit"),
        ("p { width: 10vw; }", "styles.css:1:12: error: width: '10vw' is not a number with a known unit"),
        ("p { margin: 0 ! important; }", "styles.css:1:15: error: margin: '!important' has no use in an inline style"),
        ("p { color: red; color: \u{3000}blue\u{3000}!important; }", "styles.css:1:30: error: color: '!important' has no use in an inline style"),
    ])
    func refusesHostileValues(_ source: String, _ expected: String) {
        let error = #expect(throws: DiagnosticError.self) { try StyleTable.parse(source, file: "styles.css") }
        #expect(error?.diagnostics.count == 1, "\(error?.description ?? "")")
        #expect(error?.diagnostics.first.map { $0.description.components(separatedBy: "\n  hint: ")[0] } == expected)
        #expect(error?.diagnostics.first?.hint?.isEmpty == false, "every refusal says what to write instead")
    }

    /// What the house styles need passes: lengths in every unit, colours, keywords, font names quoted or bare.
    @Test func acceptsWhatAHouseStyleNeeds() throws {
        let table = try StyleTable.parse("""
            p { font-family: "方正小标宋_GBK", FZXiaoBiaoSong-B05, 仿宋, 'Noto Serif CJK TC', serif; font-size: 16pt;
                line-height: 28.95pt; letter-spacing: -0.22pt; text-indent: 2em; margin: 0 0 .5em; width: 100%;
                color: #111; background-color: WhiteSmoke; border: 1px solid #000000; font-weight: 700;
                text-wrap: balance; break-after: avoid; mso-line-height-rule: exactly; font: 12pt/1.5 Georgia, serif; }
            """, file: "styles.css")
        #expect(table.value(of: "font-family", for: "p") == "'方正小标宋_GBK',FZXiaoBiaoSong-B05,仿宋,'Noto Serif CJK TC',serif")
        #expect(table.length(of: "letter-spacing", for: "p") == StyleLength(value: -0.22, unit: .pt))
        #expect(table.length(of: "line-height", for: "p") == StyleLength(value: 28.95, unit: .pt))
        #expect(table.length(of: "margin", for: "p") == nil, "several numbers are no single length")
    }

    @Test(arguments: [
        ("2em", StyleLength(value: 2, unit: .em)), (".5em", StyleLength(value: 0.5, unit: .em)),
        ("-0.22pt", StyleLength(value: -0.22, unit: .pt)), ("+3PX", StyleLength(value: 3, unit: .px)),
        ("100%", StyleLength(value: 100, unit: .percent)), ("1.8", StyleLength(value: 1.8, unit: .none)),
        ("1e3px", nil), ("nanem", nil), ("inf", nil), ("1.", nil), (".", nil), ("-", nil), ("", nil), ("2 em", nil), ("0x10px", nil),
    ])
    func readsLengths(_ text: String, _ expected: StyleLength?) {
        #expect(StyleLength(text) == expected)
    }

    @Test func lengthsInEmsOfTheirFont() {
        #expect(StyleLength(value: 32, unit: .pt).ems(fontSize: StyleLength(value: 16, unit: .pt)) == 2)
        #expect(StyleLength(value: 32, unit: .px).ems(fontSize: StyleLength(value: 16, unit: .px)) == 2)
        #expect(StyleLength(value: 32, unit: .px).ems(fontSize: nil) == 2, "without a font size, 16 px")
        #expect(StyleLength(value: 24, unit: .pt).ems(fontSize: StyleLength(value: 0, unit: .pt)) == 2, "a zero font size counts as none")
        #expect(StyleLength(value: 2, unit: .em).ems(fontSize: StyleLength(value: 99, unit: .pt)) == 2)
        #expect(StyleLength(value: 50, unit: .percent).ems(fontSize: nil) == nil)
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
