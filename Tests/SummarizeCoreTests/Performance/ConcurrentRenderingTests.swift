import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// A large report is filled and rendered on every core at once; what the reader gets must not change.
@Suite struct ConcurrentRenderingTests {
    /// Entries whose titles carry their section and place (`成績第12項`), each with a sub-item.
    static func entries(_ label: String, count: Int, paragraph: String = "推動科技創新，服務地方經濟發展。") -> [Entry] {
        (1...count).map {
            Entry(title: "\(label)第\($0)項", text: paragraph, items: [Entry(text: "\(label)第\($0)項的細項。")])
        }
    }

    static func report(achievements: [Entry]) -> Report {
        .summary(organization: "北海市海城區科學技術局",
                 achievements: achievements, highlights: entries("亮點", count: 60),
                 problems: entries("問題", count: 40), suggestions: entries("建議", count: 30),
                 plans: entries("計劃", count: 80))
    }

    static func filler() throws -> Filler {
        Filler(templates: try TemplateSet.load(locale: .zhHant))
    }

    @Test func aLargeReportFilledOnEveryCoreReadsAsFilledSectionBySection() throws {
        let report = Self.report(achievements: Self.entries("成績", count: 400))
        var filler = try Self.filler()
        filler.concurrentThreshold = .max
        let oneByOne = filler.fill(report)
        filler.concurrentThreshold = 0
        let concurrent = filler.fill(report)
        #expect(concurrent.parts.map(\.number) == [1, 2, 3, 4, 5])
        #expect(concurrent.parts.map(\.markdown) == oneByOne.parts.map(\.markdown))
        #expect(concurrent.markdown == oneByOne.markdown)
    }

    /// A section several times longer than cmark's piece size is rendered a few pieces at a time, one on each core;
    /// its entries must still appear once each, in order.
    @Test func aLongSectionRenderedInPiecesKeepsItsEntriesInOrder() throws {
        let paragraph = String(repeating: "為推動科技創新，共發放資料1200份，接待群眾諮詢300人次。", count: 60)
        let count = 4 * CommonMark.pieceSize / paragraph.utf8.count
        let report = Self.report(achievements: Self.entries("成績", count: count, paragraph: paragraph))
        let html = try TestSupport.html(report)
        // The number after each 成績第 in the document, headings and sub-items alike, in document order.
        let places = html.components(separatedBy: "成績第").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
            .reduce(into: [Int]()) { places, place in if places.last != place { places.append(place) } }
        #expect(places == Array(1...count))
        #expect(TestSupport.texts(of: "h2", in: html).count == 5)
    }
}
