import Foundation

/// A half-year reporting period such as `2016H1` (January–June 2016) or `2016H2` (July–December 2016).
public struct Period: Hashable, Comparable, Sendable, LosslessStringConvertible {
    /// Which half of the year a period covers.
    public enum Half: Int, Sendable, CaseIterable {
        case first = 1, second = 2
    }

    public let year: Int
    public let half: Half

    public init(year: Int, half: Half) {
        self.year = year
        self.half = half
    }

    /// Parses `2016H1` or `2016h2`; anything else is `nil`.
    ///
    /// The year has exactly four digits, so a period can never be read as a path (`../x`) or a sentence.
    public init?(_ text: String) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 6,
              utf8[0..<4].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              utf8[4] == UInt8(ascii: "H") || utf8[4] == UInt8(ascii: "h"),
              let year = Int(text.prefix(4)), year >= 1000,
              let half = Half(rawValue: Int(utf8[5]) - Int(UInt8(ascii: "0")))
        else { return nil }
        self.init(year: year, half: half)
    }

    /// The canonical spelling, `2016H1`, used for file names.
    public var description: String { "\(year)H\(half.rawValue)" }

    /// The half that follows this one.
    public var next: Period {
        half == .first ? Period(year: year, half: .second) : Period(year: year + 1, half: .first)
    }

    /// The half before this one.
    public var previous: Period {
        half == .second ? Period(year: year, half: .first) : Period(year: year - 1, half: .second)
    }

    /// The same half one year earlier, the base of a year-on-year (同比) comparison.
    public var yearAgo: Period { Period(year: year - 1, half: half) }

    /// The first day of the period.
    public var firstDay: DateComponents {
        DateComponents(year: year, month: half == .first ? 1 : 7, day: 1)
    }

    /// The last day of the period.
    public var lastDay: DateComponents {
        DateComponents(year: year, month: half == .first ? 6 : 12, day: half == .first ? 30 : 31)
    }

    public static func < (a: Period, b: Period) -> Bool {
        (a.year, a.half.rawValue) < (b.year, b.half.rawValue)
    }

    /// What the command line shows when a period cannot be parsed.
    public static let expectedForm = "a year and a half, such as 2016H1 (January–June) or 2016H2 (July–December)"
}
