import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct PlanReviewTests {
    let previous = try! TestSupport.parse("""
        organization: 某區科學技術局
        achievements: [成績]
        plans:
          - title: 繼續加強知識產權宣傳工作
          - title: 繼續開展科技宣傳培訓
          - 沒有標題的計劃。
        """, period: Period(year: 2015, half: .second))

    func current(_ review: String) throws -> Report {
        try TestSupport.parse("organization: 某區科學技術局\nachievements: [成績]\nreview:\n\(review)")
    }

    @Test func readsStatusesInEitherLanguage() throws {
        let report = try current("""
              - {plan: 繼續加強知識產權宣傳工作, status: done, note: 已簽約}
              - {plan: 繼續開展科技宣傳培訓, status: 進行中}
              - {plan: 沒有標題的計劃, status: 取消}
            """)
        #expect(report.review.map(\.status) == [.done, .ongoing, .dropped])
        #expect(report.review[0].note == "已簽約")
        #expect(PlanReviewCheck.check(report, against: previous, file: "Data/2016H1.yaml").isEmpty)
    }

    @Test func anUnknownPlanIsAnErrorWithASuggestion() throws {
        let report = try current("""
              - {plan: 繼續加強知識產權宣傳, status: done}
              - {plan: 繼續開展科技宣傳培訓, status: done}
              - {plan: 沒有標題的計劃, status: done}
            """)
        let problems = PlanReviewCheck.check(report, against: previous, file: "Data/2016H1.yaml")
        #expect(problems.map(\.description) == ["""
            Data/2016H1.yaml:4:5: error: '繼續加強知識產權宣傳' is not one of the plans of 2015H2; did you mean '繼續加強知識產權宣傳工作'?
              hint: the plans of 2015H2 are: 繼續加強知識產權宣傳工作; 繼續開展科技宣傳培訓; 沒有標題的計劃。
            """, """
            Data/2016H1.yaml: warning: the plan '繼續加強知識產權宣傳工作' of 2015H2 is not reviewed
              hint: add under 'review:'  - {plan: 繼續加強知識產權宣傳工作, status: done}  (or partial, ongoing, dropped)
            """])
    }

    @Test func withoutEarlierDataThereIsNothingToCheck() throws {
        let report = try current("  - {plan: 任何計劃, status: done}")
        #expect(PlanReviewCheck.check(report, against: nil, file: "Data/2016H1.yaml").isEmpty)
    }

    @Test func aBadStatusIsReportedWithTheChoices() {
        #expect(TestSupport.problems("organization: 某區\nachievements: [成績]\nreview:\n  - {plan: 計劃, status: donee}") == """
            Data/2016H1.yaml:4:24: error: unknown status 'donee'; did you mean 'done'?
              hint: use one of: done (完成), partial (部分完成), ongoing (進行中), dropped (取消)
            """)
    }

    @Test func theReviewIsItsOwnSection() throws {
        let report = try current("  - {plan: 繼續開展科技宣傳培訓, status: partial, note: 完成一期。}")
        let html = try TestSupport.html(report)
        #expect(TestSupport.texts(of: "h2", in: html) == ["一、上半年工作成績", "二、2015年下半年工作計劃完成情況"])
        #expect(TestSupport.texts(of: "p", in: html).contains("完成情況：部分完成。完成一期。"))
    }

    @Test func theSampleReviewsEveryPlanOfTheSecondHalfOf2015() throws {
        let job = SummaryJob(period: Period(year: 2016, half: .first), dataDirectory: TestSupport.sampleData,
                             templatesDirectory: TestSupport.templates, outputDirectory: URL(fileURLWithPath: "/nonexistent"))
        let prepared = try job.prepare()
        #expect(prepared.warnings.allSatisfy { $0.message.hasPrefix("half-width punctuation") }, "every plan is reviewed")
        #expect(prepared.report.review.count == 4)
        #expect(prepared.history.previous?.plans.count == 4)
    }
}
