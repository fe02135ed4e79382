import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct ReportRendererTests {
    func headings(_ html: String, _ tag: String = "h2") -> [String] { TestSupport.texts(of: tag, in: html) }

    @Test func absentSectionsAreSkippedAndTheRestRenumbered() throws {
        let report = try TestSupport.parse("""
            organization: 某區科學技術局
            achievements: [成績一]
            problems: [問題一]
            plans: [計劃一]
            """)
        #expect(headings(try TestSupport.html(report)) == ["一、上半年工作成績", "二、存在的問題", "三、下半年工作計劃"])
    }

    /// Sections print in the order the data writes them, numbered in that order.
    @Test func sectionsFollowTheOrderOfTheDataFile() throws {
        let report = try TestSupport.parse("""
            organization: 某區科學技術局
            plans: [計劃]
            suggestions: [建議]
            problems: [問題]
            metrics: [{name: 資料, value: 1}]
            highlights: [亮點]
            achievements: [成績]
            """)
        #expect(headings(try TestSupport.html(report))
            == ["一、下半年工作計劃", "二、建議", "三、存在的問題", "四、主要數據", "五、成效及亮點", "六、上半年工作成績"])
    }

    @Test func theSecondHalfPlansForTheNextYear() throws {
        let report = try TestSupport.parse("""
            organization: 某区科学技术局
            locale: zh-Hans
            achievements: [成绩]
            plans: [计划]
            """, period: Period(year: 2016, half: .second))
        let html = try TestSupport.html(report)
        #expect(headings(html, "h1") == ["2016年下半年工作总结"])
        #expect(headings(html) == ["一、下半年工作成绩", "二、2017年上半年工作计划"])
    }

    @Test func numbersFollowGBT9704() throws {
        let report = try TestSupport.parse("""
            organization: 某區科學技術局
            achievements:
              - title: 第一項
                text: 說明。
                items:
                  - 要點甲
                  - title: 要點乙
                    items:
                      - 細項
                      - title: 有標題的細項
              - 沒有標題的第二項
            """)
        let html = try TestSupport.html(report)
        #expect(headings(html, "h3") == ["（一）第一項"])
        #expect(headings(html, "h4") == ["2.要點乙"])
        #expect(headings(html, "h5") == ["（2）有標題的細項"])
        #expect(TestSupport.texts(of: "p", in: html).prefix(4) == ["說明。", "1.要點甲", "（1）細項", "（二）沒有標題的第二項"])
    }

    @Test func anItemWithoutATitleDoesNotBorrowItsParentsTitle() throws {
        let report = try TestSupport.parse("""
            organization: 某區科學技術局
            achievements:
              - title: 父項標題
                text: 父項正文
                items: [子項正文]
            """)
        let html = try TestSupport.html(report)
        #expect(html.components(separatedBy: "父項標題").count == 2, "the parent's title appears once")
        #expect(html.components(separatedBy: "父項正文").count == 2, "the parent's text appears once")
        #expect(TestSupport.texts(of: "p", in: html).contains("子項正文"), "a lone item, unnumbered")
    }

    @Test func englishUsesConventionalNumbering() throws {
        var report = try TestSupport.parse("""
            organization: Science and Technology Bureau
            achievements:
              - title: Projects
                items:
                  - title: Applications
                    items: [One, Two]
                  - Reviews
              - Training
            problems: [Too few staff., Too little money.]
            """)
        report.locale = .en
        let html = try TestSupport.html(report)
        #expect(headings(html) == ["1. Work and achievements in the first half", "2. Problems"])
        #expect(headings(html, "h3") == ["1.1 Projects"])
        #expect(headings(html, "h4") == ["(a) Applications"])
        #expect(TestSupport.texts(of: "p", in: html).prefix(5) == ["(i) One", "(ii) Two", "(b) Reviews", "1.2 Training", "2.1 Too few staff."])
        #expect(html.contains("<html lang=\"en\">"))
    }

    @Test func metricsBecomeARealTable() throws {
        let report = try TestSupport.parse("""
            organization: 某區科學技術局
            achievements: [成績]
            metrics:
              - {name: 發放科普宣傳資料, value: 1200, unit: 份}
              - {name: "<b>培訓</b> & 講座", value: "1,250"}
            """)
        let html = try TestSupport.html(report)
        #expect(TestSupport.texts(of: "th", in: html) == ["序號", "項目", "本期"])
        #expect(TestSupport.texts(of: "td", in: TestSupport.metricsTable(in: html)).filter { !$0.isEmpty }
            == ["1", "發放科普宣傳資料", "1200份", "2", "<b>培訓</b> & 講座", "1,250"])
        #expect(html.contains("scope=\"col\""))
        #expect(!html.contains("<b>"))
    }

    @Test func theDocumentIsSelfContained() throws {
        let loader = ReportLoader(directory: DataDirectory(TestSupport.sampleData))
        let html = try TestSupport.html(loader.load(Period(year: 2016, half: .first)).value)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>2016年上半年工作總結</title>"))
        #expect(html.contains("name=\"viewport\""))
        #expect(html.contains("@page"))
        for external in ["<link", "<script", "<img", "@import", "url(", "src=", "http://", "https://"] {
            #expect(!html.contains(external), "no \(external)")
        }
    }

    @Test func dataCanNeverAddMarkup() throws {
        let hostile = "<script>alert(1)</script> [x](javascript:alert(1)) *強調* <img src=x onerror=alert(1)> &amp; `code`"
        let report = try TestSupport.parse("""
            organization: '\(hostile)'
            title: '\(hostile)'
            intro: '\(hostile)'
            achievements:
              - title: '\(hostile)'
                text: '\(hostile)'
                items: ['\(hostile)']
            metrics: [{name: '\(hostile)', value: 1, unit: '\(hostile)'}]
            """)
        let html = try TestSupport.html(report)
        let body = String(html[try #require(html.range(of: "<body")).lowerBound...])
        let elements = Set(TestSupport.elementNames(in: body))
        #expect(elements.isSubset(of: ["body", "main", "h1", "h2", "h3", "h4", "p", "div", "table", "thead", "tbody", "tr", "th", "td", "br"]))
        #expect(!body.contains("<script") && !body.contains("<img") && !body.contains("<a ") && !body.contains("<em") && !body.contains("<code"))
        #expect(TestSupport.texts(of: "h1", in: html) == [hostile])
        #expect(TestSupport.texts(of: "h3", in: html) == [hostile], "a lone point, unnumbered")
    }

    @Test func renderingIsDeterministic() throws {
        let loader = ReportLoader(directory: DataDirectory(TestSupport.sampleData))
        let report = try loader.load(Period(year: 2016, half: .first)).value
        #expect(try TestSupport.html(report) == TestSupport.html(report))
    }

    @Test func noDateNoDateLine() throws {
        let report = try TestSupport.parse("organization: 某區科學技術局\nachievements: [成績]")
        let html = try TestSupport.html(report)
        #expect(!html.contains("class=\"date\""))
        #expect(html.contains(">某區科學技術局</td>"))
    }

    @Test func theIntroductionComesFirstWithoutANumber() throws {
        let report = try TestSupport.parse("organization: 某區科學技術局\nintro: 今年上半年，我局……\nachievements: [成績]")
        let html = try TestSupport.html(report)
        #expect(TestSupport.texts(of: "p", in: html).first == "今年上半年，我局……")
        let intro = try #require(html.range(of: "今年上半年，我局……"))
        let firstSection = try #require(html.range(of: "一、上半年工作成績"))
        #expect(intro.lowerBound < firstSection.lowerBound)
    }
}
