/// The Chinese names a data file may use for its keys, so that staff who do not read English can edit it
/// (`成績:` for `achievements:`). Both scripts are accepted, in any data file.
///
/// Names are looked up only among the keys allowed where they stand, so 計劃 means `plans` at the top of the file
/// and `plan` inside a review entry.
enum KeyAliases {
    static let names: [String: [String]] = [
        "organization": ["機構", "机构", "單位", "单位"],
        "title": ["標題", "标题"],
        "kind": ["類型", "类型", "文種", "文种"],
        "heading": ["標題", "标题", "title", "小標題", "小标题"],
        "entries": ["items", "要點", "要点", "條目", "条目"],
        "numbering": ["編號", "编号"],
        "responsible": ["責任單位", "责任单位", "牽頭單位", "牵头单位", "負責單位", "负责单位"],
        "run_in": ["標題接正文", "标题接正文", "同段"],
        "date": ["日期"],
        "locale": ["語言", "语言"],
        "intro": ["前言", "引言"],
        "department": ["部門", "部门", "科室"],
        "achievements": ["成績", "成绩", "工作成績", "工作成绩"],
        "review": ["回顧", "回顾", "計劃完成情況", "计划完成情况"],
        "highlights": ["亮點", "亮点", "成效及亮點", "成效及亮点"],
        "metrics": ["指標", "指标", "數據", "数据"],
        "problems": ["問題", "问题", "存在的問題", "存在的问题"],
        "suggestions": ["建議", "建议"],
        "plans": ["計劃", "计划", "工作計劃", "工作计划", "打算"],
        "text": ["正文", "內容", "内容", "導語", "导语"],
        "items": ["要點", "要点", "細項", "细项"],
        "name": ["名稱", "名称", "項目", "项目"],
        "value": ["數值", "数值"],
        "unit": ["單位", "单位"],
        "was": ["原名稱", "原名称"],
        "previous": ["上期", "上期數值", "上期数值"],
        "year_ago": ["去年同期"],
        "plan": ["計劃", "计划"],
        "status": ["狀態", "状态", "完成情況", "完成情况"],
        "note": ["說明", "说明", "備註", "备注"],
        "from": ["寄件人", "发件人"],
        "to": ["收件人"],
        "cc": ["副本", "抄送"],
        "subject": ["主旨", "主题"],
        "email": ["郵件", "邮件"],
    ]

    /// The canonical key among `allowed` that `name` stands for, if any.
    static func canonical(_ name: String, among allowed: [String]) -> String? {
        if allowed.contains(name) { return name }
        return allowed.first { names[$0]?.contains(name) == true }
    }

    /// Every spelling of the allowed keys, for "did you mean".
    static func spellings(of allowed: [String]) -> [String] {
        allowed + allowed.flatMap { names[$0] ?? [] }
    }
}
