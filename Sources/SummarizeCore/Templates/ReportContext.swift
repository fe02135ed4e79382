import Mustache

/// The report as every template sees it: `{{organization}}`, `{{title}}`, `{{period.name}}` …
struct ReportContext: MustacheParent {
    let report: Report

    func child(named name: String) -> Any? {
        switch name {
        case "organization": TemplateText(report.organization)
        case "title": TemplateText(report.resolvedTitle)
        case "date": report.date.map { $0.formatted(in: report.locale) }.templateTextOrAbsent
        case "isoDate": report.date.map(\.description).templateTextOrAbsent
        case "intro": report.intro.templateTextOrAbsent
        case "lang": TemplateText(report.locale.rawValue)
        case "period": PeriodContext(period: report.period, locale: report.locale, reportPeriod: report.period)
        default: nil
        }
    }

    static let fieldNames: Set<String> = ["organization", "title", "date", "isoDate", "intro", "lang", "period"]
}
