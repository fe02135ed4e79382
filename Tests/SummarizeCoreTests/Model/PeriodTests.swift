import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct PeriodTests {
    @Test(arguments: ["2016H1", "2016h1"])
    func parsesBothSpellings(_ text: String) {
        #expect(Period(text) == Period(year: 2016, half: .first))
    }

    @Test func parsesAWholeYear() {
        #expect(Period("2016") == Period(year: 2016))
        #expect(Period("2016")?.isYear == true)
        #expect(Period(year: 2016).description == "2016")
    }

    @Test(arguments: ["2016H3", "2016H0", "16H1", "", "H1", "2016H12", "../2016H1", "2016H1/..", "２０１６H1", "0999H1",
                      "0999", "201", "20166", "-1H1", "2016Y"])
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

    @Test func aYearsNeighboursAreYears() {
        let year = Period(year: 2016)
        #expect(year.next == Period(year: 2017))
        #expect(year.previous == Period(year: 2015))
        #expect(year.yearAgo == year.previous)
        #expect(Period(year: 2016, half: .second) < year && year < Period(year: 2017, half: .first))
    }

    @Test func laws() {
        for year in [1999, 2000, 2016, 2099] {
            for span in [Period.Span.year, .half(.first), .half(.second)] {
                let period = Period(year: year, span: span)
                #expect(Period(period.description) == period)
                #expect(period < period.next)
                #expect(period.next.previous == period)
                #expect(period.yearAgo.year == year - 1 && period.yearAgo.span == span)
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
        let year = Period(year: 2016)
        #expect(year.name(in: .zhHant) == "2016年")
        #expect(year.spanName(in: .zhHant) == "全年")
        #expect(year.next.name(in: .zhHant, seenFrom: year) == "2017年")
        #expect(ReportLocale.zhHant.defaultTitle(for: year) == "2016年工作總結")
        #expect(ReportLocale.zhHant.defaultTitle(for: year.next, kind: .plan) == "2017年工作計劃")
        #expect(ReportLocale.zhHans.defaultTitle(for: Period(year: 2017, half: .first), kind: .plan) == "2017年上半年工作计划")
        #expect(ReportLocale.en.defaultTitle(for: year.next, kind: .plan) == "2017 Work Plan")
    }
}
