import Mustache

/// One row of the metrics table as the metrics template sees it.
struct MetricContext: MustacheParent {
    let metric: Metric
    let number: Numeral

    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "name": TemplateText(metric.name)
        case "value": TemplateText(metric.value)
        case "unit": metric.unit.templateTextOrAbsent
        default: nil
        }
    }

    static let fieldNames: Set<String> = ["number", "name", "value", "unit"]
}
