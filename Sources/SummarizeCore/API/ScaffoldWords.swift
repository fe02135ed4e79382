/// The comments of a scaffold, in the report's language: they are read by the person filling the file in.
struct ScaffoldWords {
    let locale: ReportLocale
    /// The period the scaffold is for.
    let period: Period

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
    var kind: String { pick("工作計劃（工作總結不寫這一行）", "工作计划（工作总结不写这一行）", "a work plan (a summary leaves this line out)") }
    /// The date line's comment, with an example date such a document is written on.
    func date(kind: DocumentKind) -> String {
        // A summary is written just after its period, a plan at its start.
        let example = switch (kind, period.half) {
        case (.summary, .first?), (.plan, .second?): "\(period.year)-07-08"
        case (.summary, _): "\(period.year + 1)-01-10"
        case (.plan, _): "\(period.year)-01-10"
        }
        return pick("報告日期，例如 \(example)，印在落款下", "报告日期，例如 \(example)，印在落款下", "the report's date, e.g. \(example), printed under the signature")
    }
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
    func reviewWithoutPlans(previousHasData: Bool) -> String {
        let previous = period.previous.name(in: locale, seenFrom: period)
        return previousHasData
            ? pick("\(previous)工作計劃的完成情況（\(previous)沒有列出計劃，可省略）", "\(previous)工作计划的完成情况（\(previous)没有列出计划，可省略）",
                   "What became of the plans for the \(previous) (it lists none; optional)")
            : pick("\(previous)工作計劃的完成情況（\(previous)沒有資料，可省略）", "\(previous)工作计划的完成情况（\(previous)没有资料，可省略）",
                   "What became of the plans for the \(previous) (no data for it; optional)")
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

    func carriedPlans(_ previous: String) -> String {
        pick("\(previous)工作總結列出的計劃，補上正文（text）和負責單位（responsible）：",
             "\(previous)工作总结列出的计划，补上正文（text）和负责单位（responsible）：",
             "the plans the summary of the \(previous) made; add their text and the units responsible:")
    }

    /// The sections of a plan: each comment line (without its `# `) and the lines of the section itself.
    struct Plan {
        var sectionsIntro: [String]
        var guidanceComment: [String]
        var guidance: [String]
        var tasksComment: [String]
        var tasksStart: [String]
        /// The indentation of a task under ``tasksStart``.
        var taskIndent: String
        var safeguardsComment: [String]
        var safeguards: [String]
    }

    var plan: Plan {
        switch locale {
        case .zhHant:
            Plan(
                sectionsIntro: ["計劃的每一部分寫成一個鍵，鍵名就是標題，按這裡的次序編為一、二、……；可以改名、刪去或另加。",
                                "工作計劃沒有工作成績（achievements）和計劃完成情況（review）。"],
                guidanceComment: ["指導思想：一段文字（可省略），例如", "  指導思想: 以……為指導，……"],
                guidance: ["指導思想:"],
                tasksComment: ["主要任務：每一項寫在「- 」之後，編為（一）（二）……；title 是小標題，text 是正文，",
                               "responsible 是負責單位（印在該項之後），items 是下一層的要點。例如",
                               "  - title: 大力開展科普宣傳。",
                               "    text: 圍繞……開展……",
                               "    responsible: [市科協, 市教育局]"],
                tasksStart: ["主要任務:"], taskIndent: "  ",
                safeguardsComment: ["保障措施：text 是開頭的一段說明，entries 是其後的要點；numbering: 1. 讓要點直接編為 1. 2. ……。",
                                    "heading 是印出的標題，可與鍵名不同。例如",
                                    "  保障措施:",
                                    "    heading: 保障措施",
                                    "    text: 為確保各項任務落實，……",
                                    "    numbering: 1.",
                                    "    entries:",
                                    "      - title: 加強組織領導。",
                                    "        text: ……"],
                safeguards: ["保障措施:", "  text:", "  numbering: 1.", "  entries:"])
        case .zhHans:
            Plan(
                sectionsIntro: ["计划的每一部分写成一个键，键名就是标题，按这里的次序编为一、二、……；可以改名、删去或另加。",
                                "工作计划没有工作成绩（achievements）和计划完成情况（review）。"],
                guidanceComment: ["指导思想：一段文字（可省略），例如", "  指导思想: 以……为指导，……"],
                guidance: ["指导思想:"],
                tasksComment: ["主要任务：每一项写在“- ”之后，编为（一）（二）……；title 是小标题，text 是正文，",
                               "responsible 是负责单位（印在该项之后），items 是下一层的要点。例如",
                               "  - title: 大力开展科普宣传。",
                               "    text: 围绕……开展……",
                               "    responsible: [市科协, 市教育局]"],
                tasksStart: ["主要任务:"], taskIndent: "  ",
                safeguardsComment: ["保障措施：text 是开头的一段说明，entries 是其后的要点；numbering: 1. 让要点直接编为 1. 2. ……。",
                                    "heading 是印出的标题，可与键名不同。例如",
                                    "  保障措施:",
                                    "    heading: 保障措施",
                                    "    text: 为确保各项任务落实，……",
                                    "    numbering: 1.",
                                    "    entries:",
                                    "      - title: 加强组织领导。",
                                    "        text: ……"],
                safeguards: ["保障措施:", "  text:", "  numbering: 1.", "  entries:"])
        case .en:
            Plan(
                sectionsIntro: ["A plan is written in sections of your own, numbered in the order written here; rename, remove or",
                                "add sections as you need. Each needs a heading. A plan has no achievements and no review."],
                guidanceComment: ["Guiding principles: one paragraph (optional), e.g.", "  text: Guided by …, we will …"],
                guidance: ["principles:", "  heading: Guiding principles", "  text:"],
                tasksComment: ["Main tasks: one per '- '; title is its heading, text its paragraph, responsible the units",
                               "responsible for it (printed after it), items its sub-points. For example",
                               "  - title: Popularize science.",
                               "    text: Around …, we will …",
                               "    responsible: [City Science Association, City Education Bureau]"],
                tasksStart: ["tasks:", "  heading: Main tasks", "  entries:"], taskIndent: "    ",
                safeguardsComment: ["Safeguards: text is a lead paragraph, entries the points after it; numbering: 1. numbers them",
                                    "1. 2. directly under the heading. For example",
                                    "  text: To make sure every task is carried out, …",
                                    "  entries:",
                                    "    - title: Strengthen leadership.",
                                    "      text: …"],
                safeguards: ["safeguards:", "  heading: Safeguards", "  text:", "  numbering: 1.", "  entries:"])
        }
    }
}
