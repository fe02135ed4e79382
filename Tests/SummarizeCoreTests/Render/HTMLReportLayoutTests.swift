import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The body is written between the two halves of the layout instead of rendered through it (see
/// Performance/LayoutSplice.swift); the document must be the one that rendering the layout with the body gives,
/// and a layout for which that could not hold is refused by the template check.
@Suite struct HTMLReportLayoutTests {
    static let report = Report.summary(
        organization: "北海市海城區科學技術局", intro: "上半年，我局圍繞中心工作。",
        achievements: [
            Entry(title: "大力開展科普宣傳活動", text: "共發放科普宣傳資料1200份 <b>&</b>。",
                  items: [Entry(text: "3月5日，到高德村進行科普宣傳。")]),
            Entry(text: "積極開展扶貧工作。"),
        ],
        metrics: [Metric(name: "發放科普宣傳資料", value: "1200", amount: 1200, unit: "份")])

    /// The zh-Hant templates with `document.html` replaced by `layout`.
    static func templates(layout: String) throws(DiagnosticError) -> TemplateSet {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("summarize-layout-test-\(UUID().uuidString)", isDirectory: true)
        let folder = root.appendingPathComponent("zh-Hant", isDirectory: true)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? layout.write(to: folder.appendingPathComponent("document.html.mustache"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: root) }
        return try TemplateSet.load(from: root, locale: .zhHant)
    }

    /// What the layout gives when rendered with the real body.
    static func renderedThroughTheLayout(_ templates: TemplateSet) -> String {
        let filled = Filler(templates: templates).fill(report)
        let styled = StyledHTML(styles: templates.styles, softBreak: .join)
        let body = filled.parts.map { part in
            switch part.body {
            case let .markdown(text): styled.render(CommonMark().blocks(from: text))
            case let .table(html, _): html
            }
        }.joined()
        return templates.render("document.html", FillPlan.layout(for: report, content: body))
    }

    @Test(arguments: [
        "<main>{{{content}}}</main>",
        "<main>{{&content}}</main><p>{{organization}}</p>",
        "<h1>{{title}}</h1>\n{{{content}}}\n{{#date}}<p>{{date}}</p>{{/date}}",
    ])
    func documentIsTheOneTheLayoutGives(_ layout: String) throws {
        let templates = try Self.templates(layout: layout)
        #expect(HTMLReport(templates: templates).document(Filler(templates: templates).fill(Self.report))
            == Self.renderedThroughTheLayout(templates))
    }

    @Test func theDefaultLayoutGivesTheSameDocument() throws {
        let templates = try TemplateSet.load(locale: .zhHant)
        #expect(HTMLReport(templates: templates).document(Filler(templates: templates).fill(Self.report))
            == Self.renderedThroughTheLayout(templates))
    }

    @Test(arguments: [
        ("{{{content}}}<hr>{{{content}}}", "the layout must write the report body ({{{content}}}) exactly once, not 2 times"),
        ("<pre>{{content}}</pre>", "the report body must be written as {{{content}}}, once, outside any section"),
        ("{{#content}}<div>{{{.}}}</div>{{/content}}", "the layout must write the report body ({{{content}}}) exactly once, not 0 times"),
        ("{{#title}}{{{content}}}{{/title}}", "the report body must be written as {{{content}}}, once, outside any section"),
        ("{{{uppercased(content)}}}", "the report body must be written as {{{content}}}, once, outside any section"),
        ("<p>no body at all</p>", "the layout must write the report body ({{{content}}}) exactly once, not 0 times"),
    ])
    func aLayoutThatCouldNotBeSplitIsRefused(_ layout: String, _ message: String) {
        let error = #expect(throws: DiagnosticError.self) { try Self.templates(layout: layout) }
        #expect(error?.diagnostics.map(\.message).contains(message) == true, "\(error?.description ?? "")")
    }
}
