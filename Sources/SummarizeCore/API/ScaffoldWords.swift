/// The comments of a scaffold, in the report's language: they are read by the person filling the file in.
struct ScaffoldWords {
    let locale: ReportLocale

    private func pick(_ hant: String, _ hans: String, _ en: String) -> String {
        switch locale {
        case .zhHant: hant
        case .zhHans: hans
        case .en: en
        }
    }

    var colon: String { locale == .en ? ": " : "：" }
    var header: String {
        pick("把每個 TODO 換成實際內容，不用的部分留空即可。寫好後執行下面的指令檢查：",
             "把每个 TODO 换成实际内容，不用的部分留空即可。写好后执行下面的命令检查：",
             "replace every TODO with the real content; leave unused sections empty. Then check the file with:")
    }
    var organization: String { pick("機構名稱", "机构名称", "the organization's name") }
    var date: String { pick("報告日期，例如 2016-07-08（可省略）", "报告日期，例如 2016-07-08（可省略）", "the report's date, e.g. 2016-07-08 (optional)") }
    var intro: String { pick("前言：開頭的一段話（可省略）", "前言：开头的一段话（可省略）", "Introduction: an opening paragraph (optional)") }
    var achievements: String {
        pick("工作成績：每一項寫在「- 」之後；title 是小標題，text 是正文，items 是下一層的要點",
             "工作成绩：每一项写在“- ”之后；title 是小标题，text 是正文，items 是下一层的要点",
             "Achievements: one entry per '- '; title is its heading, text its paragraph, items its sub-points")
    }
    func review(_ previous: String) -> String {
        pick("\(previous)工作計劃的完成情況：status 填 done（完成）、partial（部分完成）、ongoing（進行中）或 dropped（取消）",
             "\(previous)工作计划的完成情况：status 填 done（完成）、partial（部分完成）、ongoing（进行中）或 dropped（取消）",
             "What became of the plans for the \(previous): status is done, partial, ongoing or dropped")
    }
    var reviewWithoutPlans: String {
        pick("上期工作計劃的完成情況（上期沒有資料，可省略）", "上期工作计划的完成情况（上期没有资料，可省略）",
             "What became of the previous half's plans (no data for it; optional)")
    }
    var highlights: String { pick("成效及亮點（可省略）", "成效及亮点（可省略）", "Results and highlights (optional)") }
    var metrics: String {
        pick("主要數據：與上期、去年同期的同名數據會自動比較", "主要数据：与上期、去年同期的同名数据会自动比较",
             "Key figures: compared automatically with the same names in earlier halves")
    }
    var problems: String { pick("存在的問題（可省略）", "存在的问题（可省略）", "Problems (optional)") }
    var suggestions: String { pick("建議（可省略）", "建议（可省略）", "Suggestions (optional)") }
    func plans(_ next: String) -> String {
        pick("\(next)工作計劃", "\(next)工作计划", "Plans for the \(next)")
    }
}
