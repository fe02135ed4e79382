/// What became of a plan of the previous half, as the `review:` section records it.
enum PlanStatus: String, Sendable, CaseIterable {
    case done, partial, ongoing, dropped

    /// Every spelling the data may use: the English word or the Chinese one, in either script.
    static let spellings: [String: PlanStatus] = [
        "done": .done, "完成": .done, "已完成": .done,
        "partial": .partial, "部分完成": .partial, "部份完成": .partial, "基本完成": .partial,
        "ongoing": .ongoing, "進行中": .ongoing, "进行中": .ongoing, "持續推進": .ongoing, "持续推进": .ongoing,
        "dropped": .dropped, "取消": .dropped, "已取消": .dropped, "未開展": .dropped, "未开展": .dropped,
    ]

    init?(spelling: String) {
        guard let status = Self.spellings[spelling.lowercased()] else { return nil }
        self = status
    }

    /// How the report names the status.
    func label(in locale: ReportLocale) -> String {
        switch (self, locale) {
        case (.done, .en): "done"
        case (.partial, .en): "partly done"
        case (.ongoing, .en): "ongoing"
        case (.dropped, .en): "dropped"
        case (.done, _): "已完成"
        case (.partial, _): "部分完成"
        case (.ongoing, .zhHant): "持續推進"
        case (.ongoing, _): "持续推进"
        case (.dropped, _): "已取消"
        }
    }
}
