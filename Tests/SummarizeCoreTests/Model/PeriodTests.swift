import Testing
@testable import SummarizeCore

@Suite struct PeriodTests {
    @Test(arguments: ["2016H1", "2016h1"])
    func parsesBothSpellings(_ text: String) {
        #expect(Period(text) == Period(year: 2016, half: .first))
    }

    @Test(arguments: ["2016", "2016H3", "2016H0", "16H1", "", "H1", "2016H12", "../2016H1", "2016H1/..", "２０１６H1", "0999H1"])
    func rejects(_ text: String) {
        #expect(Period(text) == nil)
    }

    @Test func knowsItsNeighbours() throws {
        let first = Period(year: 2016, half: .first), second = Period(year: 2016, half: .second)
        #expect(first.next == second)
        #expect(second.next == Period(year: 2017, half: .first))
        #expect(first.previous == Period(year: 2015, half: .second))
        #expect(second.previous == first)
        #expect(second.yearAgo == Period(year: 2015, half: .second))
    }

    @Test func knowsItsDays() {
        let first = Period(year: 2016, half: .first), second = Period(year: 2016, half: .second)
        #expect(first.firstDay.month == 1 && first.firstDay.day == 1)
        #expect(first.lastDay.month == 6 && first.lastDay.day == 30)
        #expect(second.firstDay.month == 7 && second.lastDay.month == 12 && second.lastDay.day == 31)
    }

    @Test func laws() {
        for year in [1999, 2000, 2016, 2099] {
            for half in Period.Half.allCases {
                let period = Period(year: year, half: half)
                #expect(Period(period.description) == period)
                #expect(period < period.next)
                #expect(period.next.previous == period)
                #expect(period.yearAgo.next.next == period)
            }
        }
    }

    @Test func labels() {
        let first = Period(year: 2016, half: .first), second = Period(year: 2016, half: .second)
        #expect(first.name(in: .zhHant) == "2016年上半年")
        #expect(second.name(in: .zhHans) == "2016年下半年")
        #expect(first.name(in: .en) == "first half of 2016")
        #expect(first.next.name(in: .zhHant, seenFrom: first) == "下半年")
        #expect(second.next.name(in: .zhHant, seenFrom: second) == "2017年上半年")
        #expect(second.next.name(in: .en, seenFrom: second) == "first half of 2017")
        #expect(ReportLocale.zhHant.defaultTitle(for: first) == "2016年上半年工作總結")
        #expect(ReportLocale.zhHans.defaultTitle(for: second) == "2016年下半年工作总结")
        #expect(ReportLocale.en.defaultTitle(for: first) == "First-Half 2016 Work Summary")
    }
}
