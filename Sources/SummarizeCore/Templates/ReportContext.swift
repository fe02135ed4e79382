import Mustache

/// The report as every template sees it: `{{organization}}`, `{{title}}`, `{{period.name}}` …
struct ReportContext: MustacheParent {
    let report: Report

    func child(named name: String) -> Any? {
        switch name {
        case "organization": report.organization
        case "title": report.resolvedTitle
        case "date": report.date.map { $0.formatted(in: report.locale) }.orAbsent
        case "isoDate": report.date.map(\.description).orAbsent
        case "intro": report.intro.orAbsent
        case "lang": report.locale.rawValue
        case "period": PeriodContext(period: report.period, locale: report.locale, reportPeriod: report.period)
        default: nil
        }
    }

    static let fieldNames: Set<String> = ["organization", "title", "date", "isoDate", "intro", "lang", "period"]
}
