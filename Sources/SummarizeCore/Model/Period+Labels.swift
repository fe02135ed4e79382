/// How a period is named in a report's language.
extension Period {
    /// The half alone: 上半年, 下半年, "first half".
    public func halfName(in locale: ReportLocale) -> String {
        switch (locale, half) {
        case (.en, .first): "first half"
        case (.en, .second): "second half"
        case (_, .first): "上半年"
        case (_, .second): "下半年"
        }
    }

    /// The full name: 2016年上半年, "first half of 2016".
    public func name(in locale: ReportLocale) -> String {
        switch locale {
        case .en: "\(halfName(in: locale)) of \(year)"
        case .zhHant, .zhHans: "\(year)年\(halfName(in: locale))"
        }
    }

    /// The name as seen from another period: the half alone within the same year (下半年), the full name otherwise
    /// (2017年上半年). This is how a report names its next half in the plans heading.
    public func name(in locale: ReportLocale, seenFrom other: Period) -> String {
        year == other.year ? halfName(in: locale) : name(in: locale)
    }
}
