import Foundation
import Mustache
import Testing
@_spi(Stages) @testable import SummarizeCore

/// A long template of the house style is parsed in pieces, and renders exactly as it would have whole.
@Suite struct TemplatePiecesTests {
    /// What the template renders parsed whole, and parsed in its pieces; the pieces are checked to be several.
    private static func renderWholeAndCut(_ text: String, _ data: [String: Any]) throws -> (whole: String, cut: String) {
        let pieces = TemplatePieces.cut(text, tags: TemplateTag.scan(text))
        #expect(pieces.count > 1)
        #expect(pieces.map(\.text).joined() == text)
        var library = MustacheLibrary()
        try library.register(MustacheTemplate(string: text), named: "whole")
        for (index, piece) in pieces.enumerated() {
            try library.register(MustacheTemplate(string: piece.text), named: TemplatePieces.name(of: index, in: "cut"))
        }
        try library.register(MustacheTemplate(string: TemplatePieces.joining(pieces.count, named: "cut")), named: "cut")
        // Both again as an indented partial, which indents every line the template writes.
        try library.register(MustacheTemplate(string: "  {{> whole}}\n"), named: "indented whole")
        try library.register(MustacheTemplate(string: "  {{> cut}}\n"), named: "indented cut")
        let whole = (library.render(data, withTemplate: "whole") ?? "") + (library.render(data, withTemplate: "indented whole") ?? "")
        let cut = (library.render(data, withTemplate: "cut") ?? "") + (library.render(data, withTemplate: "indented cut") ?? "")
        return (whole, cut)
    }

    private static var data: [String: Any] { [
        "title": "上半年工作總結", "empty": "", "items": [["name": "一"], ["name": "二"]], "isOn": true,
    ] }

    @Test func linesOfSectionsCommentsAndPartialsRenderAsTheWholeTemplateDoes() throws {
        let block = """
            {{! 這一行只有一個註釋，整行不輸出 }}
              {{#items}}
            （{{name}}）{{title}}，
              {{/items}}
            {{^empty}}無{{/empty}}   {{! 行內的註釋 }}
               {{#isOn}}
            開啟
               {{/isOn}}
            \t{{! 縮排的註釋 }}\t
            {{title}} {{! 變量之後 }}

            """
        let (whole, cut) = try Self.renderWholeAndCut(String(repeating: block, count: 200), Self.data)
        #expect(cut == whole)
        #expect(whole.contains("（二）上半年工作總結，"))
    }

    @Test func oneLongLineOfVariablesRendersAsTheWholeTemplateDoes() throws {
        let line = String(repeating: "{{title}}、{{{title}}} {{&empty}}", count: 300) + " {{! 註釋 }}\n"
        let (whole, cut) = try Self.renderWholeAndCut(line + line, Self.data)
        #expect(cut == whole)
    }

    @Test func aLongSectionIsNeverCut() {
        let text = "{{#items}}\n" + String(repeating: "{{name}}，這是很長的一段。\n", count: 2_000) + "{{/items}}\n"
        #expect(TemplatePieces.cut(text, tags: TemplateTag.scan(text)).count == 1)
    }

    @Test func shortTemplatesAndTemplatesWithInheritanceAreParsedWhole() {
        let short = String(repeating: "{{title}}\n", count: 100)
        #expect(TemplatePieces.cut(short, tags: TemplateTag.scan(short)).count == 1)
        let inheriting = "{{<section.md}}{{$heading}}標題{{/heading}}{{/section.md}}\n" + String(repeating: "{{title}}\n", count: 2_000)
        #expect(TemplatePieces.cut(inheriting, tags: TemplateTag.scan(inheriting)).count == 1)
    }

    /// The house style sees its own file's lines, whichever piece the mistake is in.
    @Test func aMistakeInALaterPieceIsReportedAtItsLineInTheFile() throws {
        try TestFiles.withTemporaryFolder { folder in
            let text = String(repeating: "{{intro}}，這是一行。\n", count: 2_000) + "{{#intro}}結束得不對{{/introo}}\n"
            let locale = folder.appendingPathComponent("Templates/zh-Hant")
            try TestFiles.write(text, to: "intro.md.mustache", in: locale)
            #expect(TemplatePieces.cut(text, tags: TemplateTag.scan(text)).count > 1)
            let error = #expect(throws: DiagnosticError.self) {
                try TemplateSet.load(from: folder.appendingPathComponent("Templates"), locale: .zhHant)
            }
            #expect(error?.diagnostics.first?.location?.line == 2_001)
        }
    }

    /// A long house template fills the report as the same template would if it were short enough to parse whole.
    @Test func aLongHouseTemplateFillsTheReport() throws {
        try TestFiles.withTemporaryFolder { folder in
            let locale = folder.appendingPathComponent("Templates/zh-Hant")
            try TestFiles.write(String(repeating: "{{intro}}\n", count: 2_000), to: "intro.md.mustache", in: locale)
            let templates = try TemplateSet.load(from: .init(folder.appendingPathComponent("Templates"), isRequired: true), locale: .zhHant).value
            let report = try TestSupport.parse("organization: 某區\nintro: 本年度工作回顧\nachievements: [成績]\n")
            let markdown = Filler(templates: templates).fill(report).markdown
            #expect(markdown.components(separatedBy: "本年度工作回顧").count - 1 == 2_000)
        }
    }
}
