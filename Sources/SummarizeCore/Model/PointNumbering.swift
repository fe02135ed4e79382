/// How the points of a list are numbered.
///
/// A section's points are numbered （一）（二） by default, the second level of GB/T 9704; `items` numbers them
/// 1. 2. directly under the section, at the third level, as offices do for a short list. `none` leaves them
/// unnumbered (the points keep their level and its typography). The numbers themselves are written by the
/// templates.
enum PointNumbering: String, Sendable, CaseIterable {
    /// （一）（二）: the list starts at the second level.
    case entries
    /// 1. 2.: the list starts at the third level.
    case items
    /// No numbers.
    case none

    /// Every spelling the data may use: the name, the number as it would look, or the Chinese word.
    static let spellings: [String: PointNumbering] = [
        "entries": .entries, "（一）": .entries, "(一)": .entries, "一": .entries,
        "items": .items, "1.": .items, "1、": .items, "1": .items,
        "none": .none, "無": .none, "无": .none, "不編號": .none, "不编号": .none,
    ]

    init?(spelling: String) {
        guard let numbering = Self.spellings[spelling.lowercased()] else { return nil }
        self = numbering
    }
}
