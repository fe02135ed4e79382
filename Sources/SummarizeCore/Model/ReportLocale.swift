/// The language and script a report is written in. It chooses the templates folder and the words the tool itself
/// supplies (default title, period names, dates).
public enum ReportLocale: String, Sendable, CaseIterable, CustomStringConvertible {
    case zhHant = "zh-Hant"
    case zhHans = "zh-Hans"
    case en

    /// The default for offices that do not say: Traditional Chinese, the language of the sample reports.
    public static let `default`: ReportLocale = .zhHant

    /// The BCP 47 tag, also the name of the templates folder and the HTML `lang` attribute.
    public var description: String { rawValue }

    /// Accepts the tag in any letter case and with `_` for `-` (`zh_hant`, `ZH-HANS`, `EN`), and the region tags
    /// people know better: `zh-TW`, `zh-HK` and `zh-MO` for Traditional, `zh-CN` and `zh-SG` for Simplified.
    public init?(tag: String) {
        let normalized = tag.replacingOccurrences(of: "_", with: "-").lowercased()
        if let match = Self.allCases.first(where: { $0.rawValue.lowercased() == normalized }) {
            self = match
            return
        }
        switch normalized {
        case "zh-tw", "zh-hk", "zh-mo", "zh-hant-tw", "zh-hant-hk": self = .zhHant
        case "zh-cn", "zh-sg", "zh-hans-cn", "zh": self = .zhHans
        case "en-us", "en-gb": self = .en
        default: return nil
        }
    }

    /// The title a document gets when its data does not give one: 2016年上半年工作總結, 2017年工作計劃.
    public func defaultTitle(for period: Period, kind: DocumentKind = .summary) -> String {
        switch (self, kind) {
        case (.zhHant, .summary): "\(period.name(in: self))工作總結"
        case (.zhHans, .summary): "\(period.name(in: self))工作总结"
        case (.zhHant, .plan): "\(period.name(in: self))工作計劃"
        case (.zhHans, .plan): "\(period.name(in: self))工作计划"
        case (.en, _):
            (period.half.map { "\($0 == .first ? "First" : "Second")-Half \(period.year)" } ?? "\(period.year)")
                + (kind == .summary ? " Work Summary" : " Work Plan")
        }
    }
}
