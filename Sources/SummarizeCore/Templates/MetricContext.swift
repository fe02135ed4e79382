import Mustache

/// One row of the metrics table as the metrics template sees it.
struct MetricContext: MustacheParent {
    let metric: Metric
    let number: Numeral

    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "name": metric.name
        case "value": metric.value
        case "unit": metric.unit.orAbsent
        default: nil
        }
    }

    static let fieldNames: Set<String> = ["number", "name", "value", "unit"]
}
