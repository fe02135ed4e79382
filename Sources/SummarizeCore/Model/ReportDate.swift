/// A calendar date as written in a data file (`date: 2016-07-08`), kept without a time zone because a report's date
/// is a day on the office's calendar, not an instant.
struct ReportDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    let year: Int, month: Int, day: Int

    /// The years a report may be dated in: four plain digits, and not a slip of the keyboard (`0000`, `2106`).
    static let years = 1900...2100

    /// Parses `YYYY-MM-DD` (also `YYYY-M-D` and `/` for `-`) and checks that the day exists.
    init?(_ text: String) {
        guard case let .success(date) = Self.parse(text) else { return nil }
        self = date
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Why a text is not a date.
    enum Problem: Error, Hashable, Sendable {
        /// Not year-month-day at all.
        case notADate
        /// The year is not four plain digits (`+016`, `16`) or not a sensible year (`0000`).
        case year(String)
        /// The month or the day does not exist (`2016-13-45`, `2015-02-29`).
        case noSuchDay
    }

    /// The date, or what is wrong with the text: the year must be four ASCII digits within ``years``, the month and
    /// the day one or two digits, and the day must exist.
    static func parse(_ text: String) -> Result<ReportDate, Problem> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).count == 3
            ? text.split(separator: "-", omittingEmptySubsequences: false)
            : text.split(separator: "/", omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in !part.isEmpty && part.utf8.allSatisfy { (0x30...0x39).contains($0) } }
        guard parts.count == 3, isDigits(parts[1]), isDigits(parts[2]), parts[1].count <= 2, parts[2].count <= 2,
              !parts[0].isEmpty, parts[0].count <= 6
        else { return .failure(.notADate) }
        guard parts[0].count == 4, isDigits(parts[0]), let year = Int(parts[0]), years.contains(year) else {
            return .failure(.year(String(parts[0])))
        }
        guard let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), day >= 1,
              day <= days(inMonth: month, year: year)
        else { return .failure(.noSuchDay) }
        return .success(ReportDate(year: year, month: month, day: day))
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

    static func < (a: ReportDate, b: ReportDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
