import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct NumeralTests {
    @Test(arguments: [
        (1, "一"), (9, "九"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"), (99, "九十九"),
        (100, "一百"), (101, "一百零一"), (110, "一百一十"), (115, "一百一十五"), (999, "九百九十九"), (1000, "1000"),
    ])
    func hanzi(_ value: Int, _ expected: String) {
        #expect(Numeral(value).hanzi == expected)
    }

    @Test(arguments: [(1, "a"), (26, "z"), (27, "aa"), (52, "az"), (53, "ba")])
    func latin(_ value: Int, _ expected: String) {
        #expect(Numeral(value).latin == expected)
    }

    @Test(arguments: [(1, "i"), (4, "iv"), (9, "ix"), (14, "xiv"), (40, "xl"), (1994, "mcmxciv")])
    func roman(_ value: Int, _ expected: String) {
        #expect(Numeral(value).roman == expected)
    }
}
