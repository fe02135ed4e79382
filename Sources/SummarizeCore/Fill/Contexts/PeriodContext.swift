/// A period as templates see it, named in the report's language and relative to the report's own period.
struct PeriodContext: TemplateContext {
    let period: Period
    let locale: ReportLocale
    /// The report's period, from which `relativeName` is seen.
    let reportPeriod: Period

    func child(named name: String) -> Any? {
        switch name {
        case "code": TemplateValue(period.description)
        case "year": period.year
        case "name": TemplateValue(period.name(in: locale))
        case "half": TemplateValue(period.halfName(in: locale))
        case "relativeName": TemplateValue(period.name(in: locale, seenFrom: reportPeriod))
        case "isFirstHalf": period.half == .first
        case "next": TemplateValue(PeriodContext(period: period.next, locale: locale, reportPeriod: reportPeriod))
        case "previous": TemplateValue(PeriodContext(period: period.previous, locale: locale, reportPeriod: reportPeriod))
        case "yearAgo": TemplateValue(PeriodContext(period: period.yearAgo, locale: locale, reportPeriod: reportPeriod))
        default: nil
        }
    }

    static let fieldNames: Set<String> = [
        "code", "year", "name", "half", "relativeName", "isFirstHalf", "next", "previous", "yearAgo",
    ]
}
