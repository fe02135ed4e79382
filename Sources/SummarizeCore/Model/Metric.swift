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

    /// Reads `1200`, `1,200`, `-3`, `12.5`, `１２００` (full-width digits, as Chinese input methods type them); nil for
    /// anything else (``reading(of:)`` says why).
    static func amount(from text: String) -> Double? {
        if case let .number(number) = reading(of: text) { number } else { nil }
    }

    /// How a value was understood.
    enum Reading: Hashable, Sendable {
        case number(Double)
        /// Not digits at all (`一千二百`, `1200份`).
        case notANumber
        /// Digits with commas that are not thousands separators (`12,5`, `1,2,3,4`); `digits` is the number without
        /// them, `decimal` the number if the only comma was meant as a decimal point.
        case misplacedCommas(digits: String, decimal: String?)
        /// A point followed by three digits ending in 0 (`1.200`): 1.2, or 1200 written the continental way.
        case ambiguousPoint(decimal: Double, whole: String)
    }

    /// Reads a value strictly: an optional sign, digits (ASCII or full-width), commas (`,` or `，`) only between
    /// groups of three digits in the whole part, and one decimal point. `12,5`, `1,2,3,4` and `1.200` are not read
    /// as some number silently: each is reported with what it might mean.
    static func reading(of text: String) -> Reading {
        var ascii = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: ascii.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0E: ascii += "."
            case 0xFF0D, 0x2212: ascii += "-"
            case 0xFF0B: ascii += "+"
            case 0xFF0C: ascii += ","
            default: ascii.unicodeScalars.append(scalar)
            }
        }
        var body = Substring(ascii)
        let sign = body.first == "-" || body.first == "+" ? String(body.removeFirst()) : ""
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0], fraction = parts.count > 1 ? parts[1] : nil
        let isDigits = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard !body.isEmpty, whole.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," }), fraction.map(isDigits) ?? true,
              !(whole.isEmpty && (fraction ?? "").isEmpty), whole.contains(where: \.isNumber) || !(fraction ?? "").isEmpty
        else { return .notANumber }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        let digits = sign + groups.joined() + (fraction.map { ".\($0)" } ?? "")
        if groups.count > 1 {
            let grouped = (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            guard grouped else {
                let decimal = groups.count == 2 && fraction == nil && !groups[1].isEmpty && !groups[0].isEmpty
                    ? sign + groups[0] + "." + groups[1] : nil
                return .misplacedCommas(digits: sign + groups.joined(), decimal: decimal)
            }
        }
        guard let number = Double(digits), number.isFinite else { return .notANumber }
        if groups.count == 1, let fraction, fraction.count == 3, fraction.hasSuffix("0"),
           (1...3).contains(whole.count), whole.first != "0" {
            return .ambiguousPoint(decimal: number, whole: sign + whole + fraction)
        }
        return .number(number)
    }
}
