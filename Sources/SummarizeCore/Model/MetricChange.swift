/// How much a metric changed from an earlier value, and how a report says so: 增長20%, 下降3.5%, 持平, 增長1.5倍;
/// `+20%`, `−3.5%` in English; — where there is no basis (an earlier value of zero).
struct MetricChange: Hashable, Sendable {
    enum Direction: Sendable {
        case up, down, same
        /// The earlier value was zero (or the change too large to be a number): no percentage can be given.
        case noBasis
    }

    var direction: Direction
    /// The size of the change in percent, rounded to one decimal; nil without a basis.
    var percent: Double?

    /// The change from `baseline` to `current`.
    init(from baseline: Double, to current: Double) {
        let percent = (current - baseline) / abs(baseline) * 100
        guard baseline != 0, percent.isFinite else {
            self.direction = .noBasis
            self.percent = nil
            return
        }
        let rounded = (abs(percent) * 10).rounded() / 10
        self.percent = rounded
        self.direction = rounded == 0 ? .same : percent > 0 ? .up : .down
    }

    /// From 100 % on, Chinese reports count growth in multiples: 增長1倍 is +100 %.
    static let multiplesFrom = 100.0

    /// The change as the report prints it.
    func wording(in locale: ReportLocale) -> String {
        guard let percent else { return "—" }
        switch (locale, direction) {
        case (_, .noBasis): return "—"
        case (.en, .same): return "0%"
        case (.en, .up): return "+\(Self.decimal(percent))%"
        case (.en, .down): return "\u{2212}\(Self.decimal(percent))%"
        case (_, .same): return "持平"
        case (_, .up):
            let grew = locale == .zhHans ? "增长" : "增長"
            return percent >= Self.multiplesFrom ? "\(grew)\(Self.decimal(percent / 100))倍" : "\(grew)\(Self.decimal(percent))%"
        case (_, .down): return "下降\(Self.decimal(percent))%"
        }
    }

    /// A non-negative number with at most one decimal and no trailing `.0`: 20, 9.1, 1.5. Any size formats: the
    /// digits are built from the number's own description, never through a conversion to Int.
    static func decimal(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        guard tenths < 1e15 else { return String(format: "%.0f", value.rounded()) }
        let exact = Int64(tenths)
        return exact % 10 == 0 ? "\(exact / 10)" : "\(exact / 10).\(exact % 10)"
    }
}

extension MetricBaseline {
    /// The change from this baseline to `current`.
    func change(to current: Double) -> MetricChange {
        MetricChange(from: amount, to: current)
    }
}
