/// The report as every template sees it: `{{organization}}`, `{{title}}`, `{{period.name}}` …
struct ReportContext: TemplateContext {
    let report: Report

    static let owner = "the report"
    static let fields: [String: @Sendable (Self) -> Any] = [
        "organization": { TemplateValue($0.report.organization) },
        "title": { TemplateValue($0.report.resolvedTitle) },
        "titleLines": { $0.report.titleLines.map(TemplateValue.init) },
        "date": { context in context.report.date.map { $0.formatted(in: context.report.locale) }.templateValue },
        "isoDate": { $0.report.date.map(\.description).templateValue },
        "intro": { $0.report.intro.templateValue },
        "lang": { TemplateValue($0.report.locale.rawValue) },
        "kind": { TemplateValue($0.report.kind.rawValue) },
        "isPlan": { $0.report.kind == .plan },
        "period": { TemplateValue(PeriodContext(period: $0.report.period, locale: $0.report.locale, reportPeriod: $0.report.period)) },
    ]
}
