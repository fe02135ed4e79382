/// One row of the metrics table as the metrics template sees it, with its comparisons when there are any.
struct MetricContext: TemplateContext {
    let compared: ComparedMetric
    let number: Numeral

    func child(named name: String) -> Any? {
        let metric = compared.metric
        switch name {
        case "number": return TemplateValue(number)
        case "name": return TemplateValue(metric.name)
        case "value": return TemplateValue(metric.value)
        case "unit": return metric.unit.templateValue
        case "previous": return compared.previous.map { TemplateValue(BaselineContext(baseline: $0, current: metric.amount)) } ?? .nothing
        case "yearAgo": return compared.yearAgo.map { TemplateValue(BaselineContext(baseline: $0, current: metric.amount)) } ?? .nothing
        default: return nil
        }
    }

    static let fieldNames: Set<String> = ["number", "name", "value", "unit", "previous", "yearAgo"]
}
