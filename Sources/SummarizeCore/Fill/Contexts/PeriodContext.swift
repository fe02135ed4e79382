/// A period as templates see it, named in the report's language and relative to the report's own period.
struct PeriodContext: TemplateContext {
    let period: Period
    let locale: ReportLocale
    /// The report's period, from which `relativeName` is seen.
    let reportPeriod: Period

    static let owner = "the period"
    static let fields: [String: @Sendable (Self) -> Any] = [
        "code": { TemplateValue($0.period.description) },
        "year": { $0.period.year },
        "name": { TemplateValue($0.period.name(in: $0.locale)) },
        "span": { TemplateValue($0.period.spanName(in: $0.locale)) },
        // The name of `span` in the first templates, which knew only halves.
        "half": { TemplateValue($0.period.spanName(in: $0.locale)) },
        "relativeName": { TemplateValue($0.period.name(in: $0.locale, seenFrom: $0.reportPeriod)) },
        "isYear": { $0.period.isYear },
        "isFirstHalf": { $0.period.half == .first },
        "isSecondHalf": { $0.period.half == .second },
        "next": { $0.related($0.period.next) },
        "previous": { $0.related($0.period.previous) },
        "yearAgo": { $0.related($0.period.yearAgo) },
    ]

    private func related(_ other: Period) -> TemplateValue {
        TemplateValue(PeriodContext(period: other, locale: locale, reportPeriod: reportPeriod))
    }
}
