/// An earlier value of a metric as the metrics template sees it: `{{#previous}}{{value}} {{change}}{{/previous}}`.
struct BaselineContext: TemplateContext {
    let baseline: MetricBaseline
    let current: Double

    func child(named name: String) -> Any? {
        switch name {
        case "value": TemplateValue(baseline.value)
        case "change": TemplateValue(baseline.formattedChange(to: current))
        case "isUp": baseline.percentChange(to: current).map { $0 > 0 } ?? false
        case "isDown": baseline.percentChange(to: current).map { $0 < 0 } ?? false
        case "isStated": baseline.source == .stated
        default: nil
        }
    }

    static let fieldNames: Set<String> = ["value", "change", "isUp", "isDown", "isStated"]
}
