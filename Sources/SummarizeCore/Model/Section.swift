/// One numbered part of a report (一、二、…), in the order the data writes it: a known section such as
/// `achievements` or one of the office's own (`保障措施`), with its heading, lead paragraphs and points.
struct Section: Hashable, Sendable {
    /// What the section lists.
    enum Content: Hashable, Sendable {
        case entries([Entry])
        case metrics([Metric])
        case review([PlanReview])

        var entries: [Entry] {
            if case let .entries(entries) = self { entries } else { [] }
        }

        var metrics: [Metric] {
            if case let .metrics(metrics) = self { metrics } else { [] }
        }

        var reviews: [PlanReview] {
            if case let .review(reviews) = self { reviews } else { [] }
        }
    }

    /// The key as the data wrote it, in its canonical form for known sections (`achievements` for `成績`).
    var key: String
    /// The known section this is, or nil for one of the office's own.
    var known: KnownSection?
    /// The data's own heading, which replaces the default wording (the number is still added).
    var heading: String?
    /// Lead paragraphs, shown unnumbered before the points.
    var lead: String?
    /// How the section's points are numbered.
    var numbering: PointNumbering
    var content: Content
    /// Where the section's key is in its data file.
    var location: SourceLocation?

    init(key: String, known: KnownSection?, heading: String? = nil, lead: String? = nil,
                numbering: PointNumbering = .entries, content: Content, location: SourceLocation? = nil) {
        self.key = key
        self.known = known
        self.heading = heading
        self.lead = lead
        self.numbering = numbering
        self.content = content
        self.location = location
    }

    /// A known section listing entries, as most tests and examples need.
    init(_ known: KnownSection, entries: [Entry], heading: String? = nil, lead: String? = nil) {
        self.init(key: known.rawValue, known: known, heading: heading, lead: lead, content: .entries(entries))
    }

    var entries: [Entry] { content.entries }
    var metrics: [Metric] { content.metrics }
    var reviews: [PlanReview] { content.reviews }

    /// True when the section has nothing to show: no lead text and no points.
    var isEmpty: Bool {
        guard lead == nil else { return false }
        switch content {
        case let .entries(entries): return entries.isEmpty
        case let .metrics(metrics): return metrics.isEmpty
        case let .review(reviews): return reviews.isEmpty
        }
    }

    /// How many list elements the section holds: entries with their items and sub-items, metric rows or reviewed
    /// plans.
    var itemCount: Int {
        switch content {
        case let .entries(entries): Entry.totalCount(of: entries)
        case let .metrics(metrics): metrics.count
        case let .review(reviews): reviews.count
        }
    }
}
