/// A reporting period: a half year such as `2016H1` (January–June 2016) or `2016H2` (July–December), or a whole
/// year such as `2016`.
///
/// The span is an enum so that quarters can be added as one more case; every name, comparison and file name goes
/// through it.
public struct Period: Hashable, Comparable, Sendable, LosslessStringConvertible {
    /// Which half of the year a half-year period covers.
    public enum Half: Int, Sendable, CaseIterable {
        case first = 1, second = 2
    }

    /// The part of its year a period covers.
    public enum Span: Hashable, Sendable {
        case year
        case half(Half)
    }

    public let year: Int
    public let span: Span

    public init(year: Int, span: Span) {
        self.year = year
        self.span = span
    }

    /// A half year.
    public init(year: Int, half: Half) {
        self.init(year: year, span: .half(half))
    }

    /// A whole year.
    public init(year: Int) {
        self.init(year: year, span: .year)
    }

    /// Parses `2016`, `2016H1` or `2016h2`; anything else is `nil`.
    ///
    /// The year has exactly four digits, so a period can never be read as a path (`../x`) or a sentence.
    public init?(_ text: String) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 4 || utf8.count == 6,
              utf8[0..<4].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let year = Int(text.prefix(4)), year >= 1000
        else { return nil }
        if utf8.count == 4 {
            self.init(year: year)
            return
        }
        guard utf8[4] == UInt8(ascii: "H") || utf8[4] == UInt8(ascii: "h"),
              let half = Half(rawValue: Int(utf8[5]) - Int(UInt8(ascii: "0")))
        else { return nil }
        self.init(year: year, half: half)
    }

    /// The canonical spelling, used for file names: `2016H1`, `2016`.
    public var description: String {
        switch span {
        case .year: "\(year)"
        case let .half(half): "\(year)H\(half.rawValue)"
        }
    }

    /// The half, for a half-year period.
    public var half: Half? {
        if case let .half(half) = span { half } else { nil }
    }

    public var isYear: Bool { span == .year }

    /// The period that follows this one, of the same span.
    public var next: Period {
        switch span {
        case .year: Period(year: year + 1)
        case .half(.first): Period(year: year, half: .second)
        case .half(.second): Period(year: year + 1, half: .first)
        }
    }

    /// The period before this one, of the same span: the base of the change against the previous period (環比),
    /// and the period whose plans this one reviews.
    public var previous: Period {
        switch span {
        case .year: Period(year: year - 1)
        case .half(.first): Period(year: year - 1, half: .second)
        case .half(.second): Period(year: year, half: .first)
        }
    }

    /// The same span one year earlier, the base of a year-on-year (同比) comparison. For a whole year it is the
    /// previous period.
    public var yearAgo: Period { Period(year: year - 1, span: span) }

    /// Halves before the year they belong to, so that a list reads in the order the reports are written.
    public static func < (a: Period, b: Period) -> Bool {
        (a.year, a.order) < (b.year, b.order)
    }

    private var order: Int {
        switch span {
        case let .half(half): half.rawValue
        case .year: 3
        }
    }

    /// What the command line shows when a period cannot be parsed.
    public static let expectedForm = "a year and a half, such as 2016H1 (January–June) or 2016H2 (July–December), or a year, such as 2016"
}
