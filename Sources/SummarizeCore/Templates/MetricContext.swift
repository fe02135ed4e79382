import Mustache

/// One row of the metrics table as the metrics template sees it, with its comparisons when there are any.
struct MetricContext: MustacheParent {
    let compared: ComparedMetric
    let number: Numeral

    func child(named name: String) -> Any? {
        let metric = compared.metric
        switch name {
        case "number": return number
        case "name": return TemplateText(metric.name)
        case "value": return TemplateText(metric.value)
        case "unit": return metric.unit.templateTextOrAbsent
        case "previous": return compared.previous.map { BaselineContext(baseline: $0, current: metric.amount) }.orAbsent
        case "yearAgo": return compared.yearAgo.map { BaselineContext(baseline: $0, current: metric.amount) }.orAbsent
        default: return nil
        }
    }

    static let fieldNames: Set<String> = ["number", "name", "value", "unit", "previous", "yearAgo"]
}
