/// How a period is named in a report's language.
extension Period {
    /// The part of the year alone: 上半年, 下半年, 全年; "first half", "second half", "year".
    public func spanName(in locale: ReportLocale) -> String {
        switch (locale, span) {
        case (.en, .half(.first)): "first half"
        case (.en, .half(.second)): "second half"
        case (.en, .year): "year"
        case (_, .half(.first)): "上半年"
        case (_, .half(.second)): "下半年"
        case (_, .year): "全年"
        }
    }

    /// The full name: 2016年上半年, 2016年; "first half of 2016", "2016".
    public func name(in locale: ReportLocale) -> String {
        switch (locale, span) {
        case (.en, .year): "\(year)"
        case (.en, .half): "\(spanName(in: locale)) of \(year)"
        case (_, .year): "\(year)年"
        case (_, .half): "\(year)年\(spanName(in: locale))"
        }
    }

    /// The name as seen from another period: the part of the year alone within the same year (下半年, 全年), the
    /// full name otherwise (2017年上半年, 2017年). This is how a report names its next period in the plans heading.
    public func name(in locale: ReportLocale, seenFrom other: Period) -> String {
        year == other.year ? spanName(in: locale) : name(in: locale)
    }
}
