/// Everything one document says, as read from its data and checked: a work summary or a work plan of a period.
@_spi(Stages) public struct Report: Hashable, Sendable {
    var period: Period
    var kind: DocumentKind
    var organization: String
    /// The title from the data file, if any, one element per line; ``titleLines`` supplies the default.
    var title: [String]?
    var date: ReportDate?
    public var locale: ReportLocale
    /// The opening paragraph, without a number.
    var intro: String?
    /// The numbered sections, in the order the data writes them.
    var sections: [Section]
    /// Addresses and subject for `--format eml`, from the optional `email:` block.
    var email = EmailSettings()

    init(period: Period, kind: DocumentKind = .summary, organization: String, title: [String]? = nil,
                date: ReportDate? = nil, locale: ReportLocale = .default, intro: String? = nil, sections: [Section]) {
        self.period = period
        self.kind = kind
        self.organization = organization
        self.title = title
        self.date = date
        self.locale = locale
        self.intro = intro
        self.sections = sections
    }

    /// The title as the report shows it, line by line: the data's, or 2016年上半年工作總結 in the report's language.
    var titleLines: [String] { title ?? [locale.defaultTitle(for: period, kind: kind)] }

    /// The title on one line, for file names, the email subject and the HTML `<title>`.
    var resolvedTitle: String { PlainText.join(titleLines.map { $0[...] }) }

    /// The sections that have content, in report order. Empty sections are skipped, so the rest number 一、二、…
    /// without gaps.
    var presentSections: [Section] { sections.filter { !$0.isEmpty } }

    /// The first section of a known kind, if the report has it.
    func section(_ known: KnownSection) -> Section? {
        sections.first { $0.known == known }
    }

    /// The plans this report makes for the next period, which the next period's `review:` reviews.
    var plans: [Entry] { section(.plans)?.entries ?? [] }

    /// The key figures.
    var metrics: [Metric] { section(.metrics)?.metrics ?? [] }

    /// What became of the previous period's plans.
    var reviews: [PlanReview] { section(.review)?.reviews ?? [] }

    /// Every list element of the report: entries with their items and sub-items, metric rows and reviewed plans.
    public var itemCount: Int { sections.reduce(0) { $0 + $1.itemCount } }
}
