/// Everything one half-year summary says, as read from its data file and checked.
public struct Report: Hashable, Sendable {
    public var period: Period
    public var organization: String
    /// The title from the data file, if any; ``resolvedTitle`` supplies the default.
    public var title: String?
    public var date: ReportDate?
    public var locale: ReportLocale
    public var intro: String?
    public var achievements: [Entry]
    /// What became of the previous half's plans.
    public var review: [PlanReview]
    public var highlights: [Entry]
    public var metrics: [Metric]
    public var problems: [Entry]
    public var suggestions: [Entry]
    public var plans: [Entry]
    /// Addresses and subject for `--format eml`, from the optional `email:` block.
    public var email = EmailSettings()

    public init(
        period: Period, organization: String, title: String? = nil, date: ReportDate? = nil,
        locale: ReportLocale = .default, intro: String? = nil, achievements: [Entry], review: [PlanReview] = [],
        highlights: [Entry] = [],
        metrics: [Metric] = [], problems: [Entry] = [], suggestions: [Entry] = [], plans: [Entry] = []
    ) {
        self.period = period
        self.organization = organization
        self.title = title
        self.date = date
        self.locale = locale
        self.intro = intro
        self.achievements = achievements
        self.review = review
        self.highlights = highlights
        self.metrics = metrics
        self.problems = problems
        self.suggestions = suggestions
        self.plans = plans
    }

    /// The title the report shows: the data's, or 2016年上半年工作總結 in the report's language.
    public var resolvedTitle: String { title ?? locale.defaultTitle(for: period) }

    /// The entries of a prose section (empty for ``ReportSection/metrics`` and ``ReportSection/review``).
    public func entries(of section: ReportSection) -> [Entry] {
        switch section {
        case .achievements: achievements
        case .highlights: highlights
        case .metrics, .review: []
        case .problems: problems
        case .suggestions: suggestions
        case .plans: plans
        }
    }

    /// How many list elements a section holds: entries with their items and sub-items, metric rows or reviewed plans.
    public func itemCount(of section: ReportSection) -> Int {
        switch section {
        case .metrics: metrics.count
        case .review: review.count
        default: Entry.totalCount(of: entries(of: section))
        }
    }

    /// The sections that have content, in report order. Absent sections are skipped, so the rest number 一、二、… without gaps.
    public var presentSections: [ReportSection] {
        ReportSection.allCases.filter { section in
            switch section {
            case .metrics: !metrics.isEmpty
            case .review: !review.isEmpty
            default: !entries(of: section).isEmpty
            }
        }
    }
}
