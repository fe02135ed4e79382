import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// `summarize init --kind plan` and `init` for whole years: the scaffold of a work plan, and of a yearly summary.
@Suite struct InitKindTests {
    func sampleCopy() throws -> URL {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("Data")
        try FileManager.default.copyItem(at: TestSupport.sampleData, to: folder)
        return folder
    }

    func check(_ period: Period, in data: URL) -> SummaryJob.CheckResult {
        SummaryJob(period: period, dataDirectory: data, templates: nil,
                   outputDirectory: data.deletingLastPathComponent().appendingPathComponent("Output")).check()
    }

    @Test func aPlanHasTheOfficesOwnSectionsWithCommentedExamples() throws {
        let data = try TestSupport.temporaryFolder()
        let (file, warnings) = try PeriodInitializer(dataDirectory: data, kind: .plan).create(Period(year: 2017))
        #expect(warnings.isEmpty)
        #expect(file.lastPathComponent == "2017.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("# 2017年工作計劃："))
        #expect(text.contains("\nkind: plan "))
        for key in ["\n指導思想:\n", "\n主要任務:\n", "\n保障措施:\n", "\n  numbering: 1.\n"] {
            #expect(text.contains(key), "the scaffold has \(key)")
        }
        for example in ["#     heading: 保障措施", "#     text: ", "#     entries:", "#     responsible: [", "#     numbering: 1."] {
            #expect(text.contains(example), "the scaffold shows \(example)")
        }
        for summaryKey in ["achievements:", "review:", "metrics:", "plans:"] {
            #expect(!text.contains("\n\(summaryKey)"), "a plan has no \(summaryKey)")
        }
        // Refused until the TODOs are filled in, and a valid plan afterwards.
        let refused = check(Period(year: 2017), in: data)
        #expect(refused.diagnostics.map(\.description) == ["""
            \(file.path):4:1: error: 'organization' is empty
              hint: write it after the colon, e.g.  organization: 某區科學技術局
            """, """
            \(file.path):25:5: error: an entry of '主要任務' has neither a 'title' nor a 'text'
              hint: give it at least one of them, e.g.  - title: 大力開展科普宣傳活動
            """])
        let filled = text
            .replacingOccurrences(of: "organization:                # TODO 機構名稱", with: "organization: 某區科學技術局")
            .replacingOccurrences(of: "\ndate: ", with: "\ndate: 2017-01-10 ")
            .replacingOccurrences(of: "  - title:                     # TODO\n    text:                      # TODO\n    responsible:",
                                  with: "  - title: 大力開展科普宣傳。\n    text: 圍繞……開展……\n    responsible: [市科協, 市教育局]")
            .replacingOccurrences(of: "\n指導思想:\n", with: "\n指導思想: 以……為指導。\n")
            .replacingOccurrences(of: "  numbering: 1.\n  entries:\n", with: "  numbering: 1.\n  entries:\n    - 加強組織領導。\n")
        try Data(filled.utf8).write(to: file)
        let result = check(Period(year: 2017), in: data)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let report = try ReportLoader(directory: DataDirectory(data)).load(Period(year: 2017)).value
        #expect(report.kind == .plan)
        #expect(report.presentSections.map(\.key) == ["指導思想", "主要任務", "保障措施"])
        #expect(report.section(.plans) == nil)
        #expect(report.presentSections[1].entries[0].responsible == ["市科協", "市教育局"])
        #expect(report.presentSections[2].numbering == .items)
    }

    /// The plan of the half after the sample takes the organization and the plans the sample made.
    @Test func aPlanCarriesThePreviousPeriodsPlansAsItsMainTasks() throws {
        let data = try sampleCopy()
        let (file, _) = try PeriodInitializer(dataDirectory: data, kind: .plan).create(Period(year: 2016, half: .second))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("# 2016年下半年工作計劃："))
        #expect(text.contains("organization: \"北海市海城區科學技術局\""))
        #expect(text.contains("  # 上半年工作總結列出的計劃，補上正文（text）和負責單位（responsible）：\n  - title: \"繼續加強知識產權宣傳工作\"\n    text:                      # TODO\n"))
        // Nothing to fill in but the date, which is only a warning until the plan is signed.
        #expect(check(Period(year: 2016, half: .second), in: data).diagnostics.map(\.message)
                == ["the report has no 'date'; an official document is dated the day it is signed (GB/T 9704 §7.3.5)"])
    }

    @Test(arguments: ReportLocale.allCases)
    func everyLanguagesPlanIsRefusedUntilFilledIn(_ locale: ReportLocale) throws {
        let data = try TestSupport.temporaryFolder()
        let (file, _) = try PeriodInitializer(dataDirectory: data, locale: locale, kind: .plan).create(Period(year: 2030))
        let result = check(Period(year: 2030), in: data)
        // The organization and the one task: nothing else is wrong, no key is taken for a typo.
        #expect(result.diagnostics.count == 2, "\(result.diagnostics)")
        #expect(result.diagnostics.allSatisfy { $0.isError })
        #expect(try String(contentsOf: file, encoding: .utf8).contains("locale: \(locale.rawValue)"))
    }

    /// A yearly summary reviews the previous year's plans, as a half reviews the previous half's.
    @Test func aYearsSummaryReviewsThePreviousYearsPlans() throws {
        let data = try TestSupport.temporaryFolder()
        try TestFiles.write("organization: 某區科學技術局\nlocale: zh-Hans\nachievements: [成績]\nplans:\n  - 推进科普工作\n  - title: 加强培训\n",
                            to: "2016.yaml", in: data)
        let (file, _) = try PeriodInitializer(dataDirectory: data).create(Period(year: 2017))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("# 2017年工作总结："))
        #expect(text.contains("locale: zh-Hans"))
        #expect(text.contains("# 2016年工作计划的完成情况："))
        #expect(text.contains("review:\n  - plan: \"推进科普工作\"\n    status:                    # TODO done | partial | ongoing | dropped\n    note:\n  - plan: \"加强培训\"\n"))
        #expect(text.contains("# 2018年工作计划\nplans:"))
        #expect(text.contains("date:                        # 报告日期，例如 2018-01-10，印在落款下"))
    }

    /// A first yearly summary after half-year ones takes the organization and locale from the newest half.
    @Test func aFirstYearTakesTheOrganizationFromTheNewestHalf() throws {
        let data = try sampleCopy()
        let (file, _) = try PeriodInitializer(dataDirectory: data).create(Period(year: 2016))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("organization: \"北海市海城區科學技術局\""))
        #expect(!text.contains("plan:"), "2016H1's plans are for 2016H2, not reviewed by the year")
        #expect(text.contains("# 2015年工作計劃的完成情況（2015年沒有資料，可省略）"))
    }

    @Test func theCommandTakesTheKind() throws {
        try TestFiles.withTemporaryFolder { root in
            try FileManager.default.createDirectory(at: root.appendingPathComponent("Data"), withIntermediateDirectories: true)
            let run = try CommandLineTests.run(["init", "--period", "2017", "--kind", "計劃"], in: root)
            #expect(run.status == 0)
            #expect(run.output == "Data/2017.yaml\n")
            #expect(try String(contentsOf: root.appendingPathComponent("Data/2017.yaml"), encoding: .utf8).contains("\nkind: plan "))
            let wrong = try CommandLineTests.run(["init", "--period", "2018", "--kind", "report"], in: root)
            #expect(wrong.status == 64)
            #expect(wrong.errors.hasPrefix("Error: The value 'report' is invalid for '--kind <kind>': 'report' is not a kind of document: expected summary (工作總結) or plan (工作計劃)\n"))
        }
    }
}
