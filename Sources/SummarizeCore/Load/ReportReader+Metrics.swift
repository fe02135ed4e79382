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
            reader.report(fields["value"]?.key ?? node, "the metric '\((name ?? "").quoted)' has no 'value'",
                          hint: "give the number, e.g.  value: 1200")
            return nil
        }
        guard let amount = readAmount(value, at: fields["value"]?.value, what: "the value", key: "value", metric: name ?? "") else {
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
        guard let amount = readAmount(text, at: field.value, what: "the '\(key)' value", key: key, metric: metric) else {
            return nil
        }
        return MetricBaseline(value: text, amount: amount, source: .stated)
    }

    /// A value as a number, or nil with a message that says how it was understood (`12,5` is neither 125 nor 12.5
    /// until the person says which).
    private mutating func readAmount(_ text: String, at node: YAMLNode?, what: String, key: String, metric: String) -> Double? {
        let subject = "\(what) '\(text.quoted)' of the metric '\(metric.quoted)'"
        switch Metric.reading(of: text) {
        case let .number(amount):
            return amount
        case .notANumber:
            reader.report(node, "\(subject) is not a number",
                          hint: key == "value" ? "write digits only, e.g.  value: 1200, and put the unit in 'unit:' (unit: 份)"
                                               : "write digits only, e.g.  \(key): 1100")
        case let .misplacedCommas(digits, decimal):
            let choices = decimal.map { "\(key): \(digits)  for the whole number, or  \(key): \($0)  if the comma is a decimal point" }
                ?? "\(key): \(digits)"
            reader.report(node, "\(subject) has a comma that does not separate thousands; a comma goes between groups of three digits (1,200)",
                          hint: "write  \(choices)")
        case let .ambiguousPoint(decimal, whole):
            reader.report(node, "\(subject) could mean \(Self.plain(decimal)) or \(whole); summarize reads '.' as a decimal point",
                          hint: "write  \(key): \(Self.plain(decimal))  for the decimal, or  \(key): \(whole)  (or \(Int(whole).map { $0.formatted } ?? whole)) for the whole number")
        }
        return nil
    }

    /// A number as a person writes it: 1.2, 1200 (no trailing .0).
    private static func plain(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
