import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct ReportLoaderTests {
    @Test func loadsTheSampleData() throws {
        let loader = ReportLoader(directory: DataDirectory(TestSupport.sampleData))
        let loaded = try loader.load(Period(year: 2016, half: .first))
        let report = loaded.value, warnings = loaded.warnings
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(report.organization == "北海市海城區科學技術局")
        #expect(report.date == ReportDate("2016-07-08"))
        #expect(report.locale == .zhHant)
        #expect(report.achievements.count == 6)
        #expect(report.achievements[0].title == "認真做好科技項目驗收及申報工作")
        #expect(report.achievements[0].items.count == 2)
        #expect(report.achievements[3].items[0].title == "積極走訪企業")
        #expect(report.metrics.first == Metric(name: "發放科普宣傳資料", value: "1200", amount: 1200, unit: "份",
                                              location: report.metrics.first?.location))
        #expect(report.plans.count == 3)
        #expect(report.highlights.isEmpty && report.problems.isEmpty && report.suggestions.isEmpty)
    }

    @Test func valuesAreTheTextThatWasTyped() throws {
        let report = try TestSupport.parse("""
            organization: no
            title: 2016-07-08
            achievements:
              - yes
              - title: 1.5
                text: ~not null~
              - 0x1F
            """)
        #expect(report.organization == "no")
        #expect(report.title == ["2016-07-08"])
        #expect(report.achievements.map { $0.title ?? $0.text } == ["yes", "1.5", "0x1F"])
        #expect(report.achievements[1].text == "~not null~")
    }

    @Test func stringsAndEntriesMixInALevel() throws {
        let report = try TestSupport.parse("""
            organization: 某區科學技術局
            achievements:
              - 一句話的成績。
              - title: 有標題的成績
                items:
                  - 要點一
                  - title: 要點二
                    items: [細項甲, 細項乙]
            """)
        #expect(report.achievements[0] == Entry(text: "一句話的成績。", location: report.achievements[0].location))
        #expect(report.achievements[1].items[1].items.map(\.text) == ["細項甲", "細項乙"])
    }

    @Test func multiLineTextJoinsLikeChineseText() throws {
        let report = try TestSupport.parse("""
            organization: 某區科學技術局
            intro: |
              今年上半年，
              我局積極開展工作。

              第二段。
            achievements:
              - title: 科普
                text: 共發放資料
                  1200份，培訓村民
                  200余人。
            """)
        #expect(report.intro == "今年上半年，我局積極開展工作。\n\n第二段。")
        #expect(report.achievements[0].text == "共發放資料1200份，培訓村民200余人。")
    }

    @Test func localeOverrideWins() throws {
        let loader = ReportLoader(directory: DataDirectory(TestSupport.sampleData))
        let report = try loader.load(Period(year: 2016, half: .first), locale: .en).value
        #expect(report.locale == .en)
    }

    @Test func aMissingPeriodNamesThePeriodsThatExist() {
        let loader = ReportLoader(directory: DataDirectory(TestSupport.sampleData))
        #expect(throws: DiagnosticError.self) { try loader.load(Period(year: 2030, half: .second)) }
        do {
            _ = try loader.load(Period(year: 2030, half: .second))
        } catch {
            #expect(error.description.contains("error: there is no data file for 2030H2"))
            #expect(error.description.contains("hint: the periods with data are: 2015H1, 2015H2, 2016H1"))
        }
    }

    @Test func reportsEveryProblemAtOnce() {
        let problems = TestSupport.problems("""
            organisation: 某區科學技術局
            date: 2016-13-01
            achievements:
              - title: 科普
                txt: 發放資料
            """)
        #expect(problems == """
            Data/2016H1.yaml:1:1: error: unknown key 'organisation' in the data file; did you mean 'organization'?
              hint: the keys allowed here are: organization, title, date, locale, kind, intro, department, email, achievements, review, highlights, metrics, problems, suggestions, plans; a section of your own needs a heading, e.g.  safeguards: {heading: 保障措施, text: …}
            Data/2016H1.yaml:2:7: error: '2016-13-01' is not a date
              hint: write the date as year-month-day, e.g.  date: 2016-07-08
            Data/2016H1.yaml:5:5: error: unknown key 'txt' in an entry of 'achievements'; did you mean 'text'?
              hint: the keys allowed here are: title, text, items, department, responsible, run_in, numbering
            """)
    }
}
