/// The report as every template sees it: `{{organization}}`, `{{title}}`, `{{period.name}}` …
struct ReportContext: TemplateContext {
    let report: Report

    func child(named name: String) -> Any? {
        switch name {
        case "organization": TemplateValue(report.organization)
        case "title": TemplateValue(report.resolvedTitle)
        case "date": report.date.map { $0.formatted(in: report.locale) }.templateValue
        case "isoDate": report.date.map(\.description).templateValue
        case "intro": report.intro.templateValue
        case "lang": TemplateValue(report.locale.rawValue)
        case "period": TemplateValue(PeriodContext(period: report.period, locale: report.locale, reportPeriod: report.period))
        default: nil
        }
    }

    static let fieldNames: Set<String> = ["organization", "title", "date", "isoDate", "intro", "lang", "period"]
}
