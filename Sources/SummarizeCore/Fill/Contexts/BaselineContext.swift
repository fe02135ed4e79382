/// An earlier value of a metric as the metrics template sees it: `{{#previous}}{{value}} {{change}}{{/previous}}`.
struct BaselineContext: TemplateContext {
    let baseline: MetricBaseline
    let current: Double
    let locale: ReportLocale

    static let owner = "the earlier value"
    static let fields: [String: @Sendable (Self) -> Any] = [
        "value": { TemplateValue($0.baseline.value) },
        "change": { TemplateValue($0.baseline.change(to: $0.current).wording(in: $0.locale)) },
        "isUp": { $0.baseline.change(to: $0.current).direction == .up },
        "isDown": { $0.baseline.change(to: $0.current).direction == .down },
        "isSame": { $0.baseline.change(to: $0.current).direction == .same },
        "isStated": { $0.baseline.source == .stated },
    ]
}
