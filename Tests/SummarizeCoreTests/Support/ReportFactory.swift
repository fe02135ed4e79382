import Foundation
@_spi(Stages) @testable import SummarizeCore

/// Reports built in code, in the shape the tests think of them: the known sections by name, in the order of
/// ``KnownSection``, each present only when it has content.
extension Report {
    static func summary(
        period: Period = Period(year: 2016, half: .first), organization: String, title: String? = nil,
        date: ReportDate? = nil, locale: ReportLocale = .default, intro: String? = nil, achievements: [Entry],
        review: [PlanReview] = [], highlights: [Entry] = [], metrics: [Metric] = [], problems: [Entry] = [],
        suggestions: [Entry] = [], plans: [Entry] = []
    ) -> Report {
        var sections: [Section] = []
        func add(_ known: KnownSection, _ content: Section.Content, isEmpty: Bool) {
            if !isEmpty { sections.append(Section(key: known.rawValue, known: known, content: content)) }
        }
        add(.achievements, .entries(achievements), isEmpty: achievements.isEmpty)
        add(.review, .review(review), isEmpty: review.isEmpty)
        add(.highlights, .entries(highlights), isEmpty: highlights.isEmpty)
        add(.metrics, .metrics(metrics), isEmpty: metrics.isEmpty)
        add(.problems, .entries(problems), isEmpty: problems.isEmpty)
        add(.suggestions, .entries(suggestions), isEmpty: suggestions.isEmpty)
        add(.plans, .entries(plans), isEmpty: plans.isEmpty)
        return Report(period: period, organization: organization, title: title.map { [$0] }, date: date, locale: locale,
                      intro: intro, sections: sections)
    }

    /// The entries of a known section; empty when the report has none.
    func entries(of known: KnownSection) -> [Entry] { section(known)?.entries ?? [] }

    var achievements: [Entry] { entries(of: .achievements) }
    var highlights: [Entry] { entries(of: .highlights) }
    var problems: [Entry] { entries(of: .problems) }
    var suggestions: [Entry] { entries(of: .suggestions) }
    var review: [PlanReview] { reviews }
}

extension TemplateSet {
    /// The repository's templates of a locale (or another folder's), checked as every run checks them.
    static func load(from folder: URL = TestSupport.templates, locale: ReportLocale) throws(DiagnosticError) -> TemplateSet {
        try load(from: Folder(folder, isRequired: true), locale: locale).value
    }
}

extension SummaryJob.Outcome {
    /// The first file written.
    var file: URL { files[0] }
}

extension SummaryJob.Prepared {
    /// The report as one HTML document, as a run writes it.
    var html: String {
        HTMLReport(templates: templates).document(Filler(templates: templates).fill(report, history: history))
    }

    /// The filled report, before rendering.
    var filled: FilledReport { Filler(templates: templates).fill(report, history: history) }
}
