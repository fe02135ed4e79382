import Testing
@_spi(Stages) @testable import SummarizeCore

/// How the values of a data file are read: metric amounts, dates, and the numbers a point may begin with.
@Suite struct LoadedValueTests {
    @Test(arguments: [("1200", 1200.0), ("1,200", 1200), ("12,345,678", 12_345_678), ("1,200.5", 1200.5), ("-3", -3),
                      ("+5", 5), ("12.5", 12.5), ("0.500", 0.5), ("3.125", 3.125), ("１２００", 1200), ("１，２００", 1200),
                      ("－３", -3), ("1.20", 1.2)])
    func readsNumbers(_ text: String, _ number: Double) {
        #expect(Metric.reading(of: text) == .number(number))
    }

    @Test func saysWhatAnUnclearNumberCouldMean() {
        #expect(Metric.reading(of: "12,5") == .misplacedCommas(digits: "125", decimal: "12.5"))
        #expect(Metric.reading(of: "1,2,3,4") == .misplacedCommas(digits: "1234", decimal: nil))
        #expect(Metric.reading(of: "1200,00") == .misplacedCommas(digits: "120000", decimal: "1200.00"))
        #expect(Metric.reading(of: "1.200") == .ambiguousPoint(decimal: 1.2, whole: "1200"))
        #expect(Metric.reading(of: "-2.500") == .ambiguousPoint(decimal: -2.5, whole: "-2500"))
        for text in ["一千二百", "1200份", "", ",", ".", "1.2.3", "1e5", "12%", "0x10", "inf"] {
            #expect(Metric.reading(of: text) == .notANumber, "\(text)")
        }
    }

    @Test func datesHaveAFourDigitYear() throws {
        #expect(try ReportDate.parse("2016-07-08").get() == ReportDate(year: 2016, month: 7, day: 8))
        #expect(try ReportDate.parse("2016/7/8").get() == ReportDate(year: 2016, month: 7, day: 8))
        #expect(ReportDate.parse("+016-07-08") == .failure(.year("+016")))
        #expect(ReportDate.parse("0000-01-01") == .failure(.year("0000")))
        #expect(ReportDate.parse("16-07-08") == .failure(.year("16")))
        #expect(ReportDate.parse("2101-01-01") == .failure(.year("2101")))
        #expect(ReportDate.parse("2016-13-45") == .failure(.noSuchDay))
        #expect(ReportDate.parse("2015-02-29") == .failure(.noSuchDay))
        #expect(ReportDate.parse("2016年7月8日") == .failure(.notADate))
        #expect(ReportDate.parse("2016-07-08-01") == .failure(.notADate))
    }

    @Test(arguments: [("一、開展", "一、", 1), ("十二、開展", "十二、", 12), ("二十一、x", "二十一、", 21), ("（一）開展", "（一）", 1),
                      ("(三)開展", "(三)", 3), ("1、開展", "1、", 1), ("2.開展", "2.", 2), ("３．開展", "３．", 3),
                      ("（1）開展", "（1）", 1), ("(2)開展", "(2)", 2), ("1)開展", "1)", 1), ("①開展", "①", 1), ("⑵開展", "⑵", 2),
                      ("⒊開展", "⒊", 3), ("㈣開展", "㈣", 4)])
    func findsTheNumberAPointBeginsWith(_ text: String, _ written: String, _ value: Int) {
        #expect(OwnNumbers.leading(in: text)?.written == written)
        #expect(OwnNumbers.leading(in: text)?.value == value)
    }

    @Test(arguments: ["一是加強", "1.5萬份", "2016年", "第一次", "一些工作", "(任務書)", "開展", "", "十全十美、"])
    func findsNoNumberInOrdinaryText(_ text: String) {
        #expect(OwnNumbers.leading(in: text) == nil)
    }
}
