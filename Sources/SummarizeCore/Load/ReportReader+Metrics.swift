extension ReportReader {
    static let metricKeys = ["name", "value", "unit", "was", "previous", "year_ago"]

    /// The key figures: each a `name`, a `value` and optionally a `unit`, a former name (`was`) and earlier values
    /// stated outright (`previous`, `year_ago`).
    mutating func readMetrics(_ node: YAMLNode) -> [Metric] {
        guard !NodeReader.isNull(node),
              let elements = reader.list(node, what: "'metrics'",
                                         example: "metrics:\n      - {name: 發放科普宣傳資料, value: 1200, unit: 份}")
        else { return [] }
        return elements.compactMap { readMetric($0) }
    }

    private mutating func readMetric(_ node: YAMLNode) -> Metric? {
        guard case let .mapping(mapping) = node else {
            reader.report(node, "a metric must have a 'name' and a 'value'",
                          hint: "for example:  - {name: 發放科普宣傳資料, value: 1200, unit: 份}")
            return nil
        }
        let fields = reader.fields(of: mapping, allowed: Self.metricKeys, in: "a metric")
        let name = optionalText(fields["name"], what: "a metric's 'name'").map(PlainText.singleLine)
        let unit = optionalText(fields["unit"], what: "a metric's 'unit'").map(PlainText.singleLine)
        let value = optionalText(fields["value"], what: "a metric's 'value'").map(PlainText.singleLine)
        if name == nil {
            reader.report(node, "a metric has no 'name'", hint: "name what was counted, e.g.  name: 發放科普宣傳資料")
        }
        guard let value else {
            reader.report(fields["value"]?.key ?? node, "the metric '\(name ?? "")' has no 'value'",
                          hint: "give the number, e.g.  value: 1200")
            return nil
        }
        guard let amount = Metric.amount(from: value) else {
            reader.report(fields["value"]?.value, "the value '\(value)' of the metric '\(name ?? "")' is not a number",
                          hint: "write digits only, e.g.  value: 1200, and put the unit in 'unit:' (unit: 份)")
            return nil
        }
        let formerName = optionalText(fields["was"], what: "a metric's 'was'").map(PlainText.singleLine)
        let previous = fields["previous"].flatMap { readBaseline($0, key: "previous", metric: name ?? "") }
        let yearAgo = fields["year_ago"].flatMap { readBaseline($0, key: "year_ago", metric: name ?? "") }
        guard let name else { return nil }
        return Metric(name: name, value: value, amount: amount, unit: unit, formerName: formerName,
                      statedPrevious: previous, statedYearAgo: yearAgo, location: reader.location(of: node))
    }

    /// An earlier value written into the data (`previous: 1100`), which overrides the lookup in earlier periods.
    private mutating func readBaseline(_ field: (key: YAMLNode, value: YAMLNode), key: String, metric: String) -> MetricBaseline? {
        guard let text = optionalText(field, what: "a metric's '\(key)'").map(PlainText.singleLine) else { return nil }
        guard let amount = Metric.amount(from: text) else {
            reader.report(field.value, "the '\(key)' value '\(text)' of the metric '\(metric)' is not a number",
                          hint: "write digits only, e.g.  \(key): 1100")
            return nil
        }
        return MetricBaseline(value: text, amount: amount, source: .stated)
    }
}
