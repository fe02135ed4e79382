/// A key figure of the half year, shown in the report's table: 發放科普宣傳資料 1200 份.
struct Metric: Hashable, Sendable {
    var name: String
    /// The value as the person wrote it (`1200`, `1,200`, `12.5`), which is how the report shows it.
    var value: String
    /// The value as a number, for comparisons.
    var amount: Double
    var unit: String?
    /// The name the metric had in earlier periods (`was:`), when it has been renamed.
    var formerName: String?
    /// The value of the previous half, when the data states it (`previous:`) instead of leaving it to lookup.
    var statedPrevious: MetricBaseline?
    /// The value of the same half a year earlier, when the data states it (`year_ago:`).
    var statedYearAgo: MetricBaseline?
    var location: SourceLocation?

    init(name: String, value: String, amount: Double, unit: String? = nil, formerName: String? = nil,
                statedPrevious: MetricBaseline? = nil, statedYearAgo: MetricBaseline? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.value = value
        self.amount = amount
        self.unit = unit
        self.formerName = formerName
        self.statedPrevious = statedPrevious
        self.statedYearAgo = statedYearAgo
        self.location = location
    }

    /// Reads `1200`, `1,200`, `-3`, `12.5`, `１２００` (full-width digits, as Chinese input methods type them).
    static func amount(from text: String) -> Double? {
        var ascii = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: ascii.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0E: ascii += "."
            case 0xFF0D: ascii += "-"
            case 0x2C, 0xFF0C: continue
            default: ascii.unicodeScalars.append(scalar)
            }
        }
        guard !ascii.isEmpty, ascii.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let number = Double(ascii), number.isFinite
        else { return nil }
        return number
    }
}
