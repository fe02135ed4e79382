import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The slips of a Chinese input method and the checks on what was read that end in warnings: the whole message,
/// location included, per fixture in Fixtures/warnings/ (the errors are in InvalidDataTests).
@Suite struct InputSlipsTests {
    static let cases: [(fixture: String, expected: String)] = [
        ("own-numbers.yaml", """
                warnings/own-numbers.yaml:4:12: warning: the title '一、認真做好科技項目驗收及申報工作' begins with a number of its own ('一、'); the report numbers the points itself, so it would print as （一）一、認真做好科技項目驗收及申報工作
                  hint: remove '一、' from the title:  title: 認真做好科技項目驗收及申報工作
                warnings/own-numbers.yaml:6:9: warning: this point begins with '1、', the number the report gives it anyway; it would print as 1.1、我局承擔的兩個項目均已通過驗收。
                  hint: remove '1、' from the start of the text
                warnings/own-numbers.yaml:7:9: warning: this point begins with '2、', the number the report gives it anyway; it would print as 2.2、組織申報2016年度省科技計劃項目。
                  hint: remove '2、' from the start of the text
                warnings/own-numbers.yaml:8:12: warning: the title '(二)大力開展科普宣傳活動' begins with a number of its own ('(二)'); the report numbers the points itself, so it would print as （二）(二)大力開展科普宣傳活動
                  hint: remove '(二)' from the title:  title: 大力開展科普宣傳活動
                warnings/own-numbers.yaml:8:14: warning: a half-width ')' between Chinese characters; it prints cramped in justified lines
                  hint: type the full-width ，；：（） instead (the input method's Chinese punctuation mode, often Ctrl+.), or replace them in your editor
                """),
        ("half-width-punctuation.yaml", """
                warnings/half-width-punctuation.yaml:6:23: warning: half-width punctuation between Chinese characters in 5 places, the first here (','); it prints cramped in justified lines
                  hint: type the full-width ，；：（） instead (the input method's Chinese punctuation mode, often Ctrl+.), or replace them in your editor
                """),
        ("no-date.yaml", """
                warnings/no-date.yaml: warning: the report has no 'date'; an official document is dated the day it is signed (GB/T 9704 §7.3.5)
                  hint: add a line such as  date: 2016-07-08  (printed under the signature as 2016年7月8日)
                """),
        ("date-before-period.yaml", """
                warnings/date-before-period.yaml:2:7: warning: the date 2015-07-08 is before 2016H1 begins (2016-01-01); a report is dated when it is signed
                  hint: check the year; a report of 2016H1 is dated after it, e.g.  date: 2016-07-08
                """),
        ("script-mismatch.yaml", """
                warnings/script-mismatch.yaml:1:16: warning: the data is written in Traditional Chinese ('區' here), but 'locale: zh-Hans' (line 3) makes the report Simplified Chinese
                  hint: write  locale: zh-Hant, or leave 'locale:' out, and the report follows the data; summarize does not convert text between the scripts
                """),
    ]

    @Test(arguments: cases)
    func warnsWithTheWholeMessage(fixture: String, expected: String) {
        #expect(TestFiles.messages(loading: "warnings/\(fixture)") == expected)
    }

    @Test func everyWarningFixtureHasACase() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestSupport.fixtures.appendingPathComponent("warnings").path)
        #expect(Set(files) == Set(Self.cases.map(\.fixture)))
    }

    static func load(_ text: String, locale: ReportLocale? = nil) throws(DiagnosticError) -> Checked<Report> {
        try ReportLoader(directory: DataDirectory(URL(fileURLWithPath: "/nonexistent")))
            .parse(text, period: TestFiles.period, file: "Data/2016H1.yaml", locale: locale)
    }

    // MARK: Script

    @Test func theDataChoosesItsChineseLocale() throws {
        #expect(try Self.load("organization: 某区科学技术局\ndate: 2016-07-08\nachievements: [组织开展科技培训]").value.locale == .zhHans)
        #expect(try Self.load("organization: 某區科學技術局\ndate: 2016-07-08\nachievements: [組織開展科技培訓]").value.locale == .zhHant)
        #expect(try Self.load("organization: Science Bureau\ndate: 2016-07-08\nachievements: [Training]").value.locale == .zhHant,
                "no Chinese: the default")
        // Characters both scripts use (于, 并, 干) and comments decide nothing.
        #expect(try Self.load("# 这个文件\norganization: 某局\ndate: 2016-07-08\nachievements: [已于6月并干部]").value.locale == .zhHant)
    }

    @Test func aLocaleOnTheCommandLineThatDisagreesIsWarnedAbout() throws {
        let loaded = try Self.load("organization: 某区科学技术局\ndate: 2016-07-08\nachievements: [组织培训]", locale: .zhHant)
        #expect(loaded.value.locale == .zhHant)
        #expect(loaded.warnings.map(\.description) == ["""
            Data/2016H1.yaml:1:16: warning: the data is written in Simplified Chinese ('区' here), but --locale zh-Hant makes the report Traditional Chinese
              hint: leave --locale out, or give  --locale zh-Hans, and the report follows the data; summarize does not convert text between the scripts
            """])
        #expect(try Self.load("organization: 某区\ndate: 2016-07-08\nachievements: [组织培训]", locale: .en).warnings.isEmpty,
                "an English report of Chinese data is a choice")
    }

    // MARK: Slips that are not slips

    @Test func textThatLooksLikeAKeyIsLeftAlone() throws {
        let loaded = try Self.load("""
            organization: 某區科學技術局
            date: 2016-07-08
            achievements:
              - 說明：本表數據截至6月底。
              - 見 http://example.gov.cn 和 mailto:a@b.cn，比例 3:1。
              - text: |
                  title:這是正文
                  　　全形空格縮排的段落。
              - "title：在引號裡"
            """)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.value.achievements.map(\.name) == ["說明：本表數據截至6月底。", "見 http://example.gov.cn 和 mailto:a@b.cn，比例3:1。",
                                                          "title:這是正文全形空格縮排的段落。", "title：在引號裡"])
    }

    @Test func aSyntaxErrorAfterASlipGivesWayToIt() throws {
        // libyaml alone says "could not find expected ':'" on line 2.
        #expect(TestSupport.problems("organization：某局\nachievements:\n  - 一\n") == """
            Data/2016H1.yaml:1:13: error: a full-width colon '：' after the key 'organization'; YAML needs the half-width ':' and a space
              hint: write  organization: 某局  (switch the input method to half-width, or English, for the colon)
            """)
    }

    // MARK: Lengths

    @Test func aTextOfMoreThanAHundredThousandCharactersIsRefused() {
        let text = "organization: 某局\ndate: 2016-07-08\nachievements:\n  - " + String(repeating: "甲", count: 100_001) + "\n"
        #expect(TestSupport.problems(text) == """
            Data/2016H1.yaml:4:5: error: this text has 100,001 characters; a text may have at most 100,000
              hint: a point of a report is a paragraph or a few; split the text into several points or items, or check that the file is the right one
            """)
        let fits = "organization: 某局\ndate: 2016-07-08\nachievements:\n  - " + String(repeating: "甲", count: 100_000) + "\n"
        #expect(TestSupport.problems(fits) == "")
    }

    @Test func aHugeUnknownKeyIsQuotedShort() {
        let key = String(repeating: "k", count: 1_000)  // YAML itself allows no key above 1,024 characters
        let problems = TestSupport.problems("organization: 某局\ndate: 2016-07-08\nachievements: [一]\n\(key): x\n")
        #expect(problems.hasPrefix("Data/2016H1.yaml:4:1: error: unknown key '\(String(repeating: "k", count: 39))…' in the data file"))
    }
}
