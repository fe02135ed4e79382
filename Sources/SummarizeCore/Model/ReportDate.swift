/// A calendar date as written in a data file (`date: 2016-07-08`), kept without a time zone because a report's date
/// is a day on the office's calendar, not an instant.
struct ReportDate: Hashable, Sendable, CustomStringConvertible {
    let year: Int, month: Int, day: Int

    /// Parses `YYYY-MM-DD` (also `YYYY-M-D` and `/` for `-`) and checks that the day exists.
    init?(_ text: String) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 3, parts[0].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601, `2016-07-08`.
    var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// The date as the report prints it: 2016年7月8日 (GB/T 9704: Arabic numerals, no zero padding) or 8 July 2016.
    func formatted(in locale: ReportLocale) -> String {
        switch locale {
        case .zhHant, .zhHans: "\(year)年\(month)月\(day)日"
        case .en: "\(day) \(Self.englishMonths[month - 1]) \(year)"
        }
    }

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
