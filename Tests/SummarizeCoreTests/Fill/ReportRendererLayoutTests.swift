import Foundation
import Testing
@testable import SummarizeCore

/// The body is spliced into the layout instead of rendered through it (see ``LayoutPlaceholder``); whatever the
/// layout does with `content`, the document must be the one that rendering the layout with the body gives.
@Suite struct ReportRendererLayoutTests {
    static let report = Report(
        period: Period("2016H1")!, organization: "北海市海城區科學技術局", intro: "上半年，我局圍繞中心工作。",
        achievements: [
            Entry(title: "大力開展科普宣傳活動", text: "共發放科普宣傳資料1200份 <b>&</b>。",
                  items: [Entry(text: "3月5日，到高德村進行科普宣傳。")]),
            Entry(text: "積極開展扶貧工作。"),
        ],
        metrics: [Metric(name: "發放科普宣傳資料", value: "1200", amount: 1200, unit: "份")])

    /// The zh-Hant templates with `document.html` replaced by `layout`.
    static func renderer(layout: String) throws -> ReportRenderer {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("summarize-layout-test-\(UUID().uuidString)", isDirectory: true)
        let folder = root.appendingPathComponent("zh-Hant", isDirectory: true)
        try FileManager.default.copyItem(at: TestSupport.templates.appendingPathComponent("zh-Hant"), to: folder)
        try layout.write(to: folder.appendingPathComponent("document.html.mustache"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: root) }
        return ReportRenderer(templates: try TemplateSet.load(from: root, locale: .zhHant))
    }

    /// What the layout gives when rendered with the real body, the way the document was made before splicing.
    static func renderedThroughTheLayout(_ renderer: ReportRenderer) -> String {
        let filled = renderer.fill(report)
        let styled = StyledHTML(styles: renderer.templates.styles)
        let body = filled.parts.map { $0.isMarkdown ? styled.render(CommonMark().blocks(from: $0.text)) : $0.text }.joined()
        return renderer.templates.render("document.html", DocumentContext(report: ReportContext(report: report), content: body))
    }

    @Test(arguments: [
        "<main>{{{content}}}</main>",                       // spliced
        "<main>{{&content}}</main><p>{{organization}}</p>", // spliced
        "{{{content}}}<hr>{{{content}}}",                   // spliced twice
        "<pre>{{content}}</pre>",                           // escaped: rendered with the body
        "{{#content}}<div>{{{.}}}</div>{{/content}}",       // a section on the body
        "{{^content}}empty{{/content}}{{{content}}}",       // one request leaves no placeholder
        "{{{uppercased(content)}}}",                        // a transform
        "<p>no body at all</p>",
    ])
    func documentIsTheOneTheLayoutGives(_ layout: String) throws {
        let renderer = try Self.renderer(layout: layout)
        #expect(renderer.html(for: renderer.fill(Self.report)) == Self.renderedThroughTheLayout(renderer))
    }

    @Test func theDefaultLayoutIsSpliced() throws {
        let renderer = try Self.renderer(layout: String(contentsOf: TestSupport.templates
            .appendingPathComponent("zh-Hant/document.html.mustache"), encoding: .utf8))
        let placeholder = LayoutPlaceholder(report: ReportContext(report: Self.report))
        var bodies = ["<p>正文</p>"]
        let spliced = placeholder.splice(&bodies, into: renderer.templates.render("document.html", placeholder))
        #expect(spliced?.contains("<p>正文</p>") == true)
        #expect(spliced?.contains(LayoutPlaceholder.marker) == false)
        #expect(renderer.html(for: renderer.fill(Self.report)) == Self.renderedThroughTheLayout(renderer))
    }
}
