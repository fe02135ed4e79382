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

    /// Accepts the tag in any letter case and with `_` for `-` (`zh_hant`, `ZH-HANS`, `EN`).
    public init?(tag: String) {
        let normalized = tag.replacingOccurrences(of: "_", with: "-").lowercased()
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == normalized }) else { return nil }
        self = match
    }

    /// The title a report gets when its data does not give one: 2016年上半年工作總結.
    public func defaultTitle(for period: Period) -> String {
        switch self {
        case .zhHant: "\(period.name(in: self))工作總結"
        case .zhHans: "\(period.name(in: self))工作总结"
        case .en: "\(period.half == .first ? "First" : "Second")-Half \(period.year) Work Summary"
        }
    }
}
