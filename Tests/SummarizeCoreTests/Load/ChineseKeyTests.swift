import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct ChineseKeyTests {
    @Test func traditionalKeys() throws {
        let report = try TestSupport.parse("""
            機構: 某區科學技術局
            日期: 2016-07-08
            成績:
              - 標題: 科普
                正文: 發放資料。
                要點: [一, 二]
            亮點: [亮點一]
            指標: [{名稱: 資料, 數值: 1200, 單位: 份}]
            問題: [問題一]
            建議: [建議一]
            計劃: [計劃一]
            回顧: [{計劃: 上期計劃, 狀態: 完成, 說明: 已完成}]
            """)
        #expect(report.organization == "某區科學技術局")
        #expect(report.achievements[0].title == "科普" && report.achievements[0].items.count == 2)
        #expect(report.highlights.count == 1 && report.problems.count == 1 && report.suggestions.count == 1)
        #expect(report.metrics[0].unit == "份")
        #expect(report.plans.map(\.name) == ["計劃一"])
        #expect(report.review[0].plan == "上期計劃" && report.review[0].status == .done)
    }

    @Test func simplifiedKeys() throws {
        let report = try TestSupport.parse("""
            机构: 某区科学技术局
            成绩: [{标题: 科普, 内容: 发放资料。}]
            指标: [{名称: 资料, 数值: 1200, 单位: 份}]
            计划: [计划一]
            回顾: [{计划: 上期计划, 状态: 进行中}]
            """)
        #expect(report.achievements[0].text == "发放资料。")
        #expect(report.review[0].status == .ongoing)
    }

    @Test func aKeyGivenInBothLanguagesIsReported() {
        #expect(TestSupport.problems("organization: 某區\nachievements: [一]\n成績: [二]") == """
            Data/2016H1.yaml:3:1: error: '成績' and 'achievements' (line 2) are the same key
              hint: keep one of them; to add more entries, add them under the existing key
            """)
    }

    /// A Chinese key the tool does not know is a section of the office's own, headed by the key; one that looks
    /// like a known key gets a warning that says which.
    @Test func misspeltChineseKeysGetASuggestion() throws {
        let loaded = try ReportLoader(directory: DataDirectory(URL(fileURLWithPath: "/nonexistent")))
            .parse("organization: 某區\n成就: [一]\nachievements: [一]\ndate: 2016-07-08", period: TestFiles.period, file: "Data/2016H1.yaml")
        #expect(loaded.warnings.map(\.description) == ["""
            Data/2016H1.yaml:2:1: warning: '成就' is not a key summarize knows, so it is printed as a section of its own; did you mean '成績'?
              hint: if it is meant to be '成績', correct the key; if it is a section of your own, give it a name less like '成績'
            """])
        #expect(loaded.value.sections.map(\.key) == ["成就", "achievements"])
        #expect(loaded.value.sections[0].heading == "成就")
    }
}
