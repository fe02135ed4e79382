/// One row of the metrics table as the metrics template sees it, with its comparisons when there are any.
struct MetricContext: TemplateContext {
    let compared: ComparedMetric
    let number: Numeral
    let locale: ReportLocale

    static let owner = "the metric"
    static let fields: [String: @Sendable (Self) -> Any] = [
        "number": { TemplateValue($0.number) },
        "name": { TemplateValue($0.compared.metric.name) },
        "value": { TemplateValue($0.compared.metric.value) },
        "unit": { $0.compared.metric.unit.templateValue },
        "previous": { $0.baseline($0.compared.previous) },
        "yearAgo": { $0.baseline($0.compared.yearAgo) },
    ]

    private func baseline(_ baseline: MetricBaseline?) -> TemplateValue {
        baseline.map { TemplateValue(BaselineContext(baseline: $0, current: compared.metric.amount, locale: locale)) } ?? .nothing
    }
}
