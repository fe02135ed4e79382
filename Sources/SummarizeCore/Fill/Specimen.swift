extension Report {
    /// A report with every field filled in and every kind of section and point, three levels deep: the data that
    /// reaches every tag of a template, for ``TemplateCheck``.
    static let specimen: Report = {
        let subitem = Entry(title: "（1）", text: "…", department: "…", responsible: ["…"])
        let item = Entry(title: "1.", text: "…", items: [subitem, subitem], department: "…", responsible: ["…"])
        let entry = Entry(title: "（一）", text: "…", items: [item, item], department: "…", responsible: ["…"])
        let review = PlanReview(plan: "…", status: .done, note: "…", department: "…")
        let metric = Metric(name: "…", value: "1", amount: 1, unit: "…")
        var report = Report(
            period: Period(year: 2016, half: .first), organization: "…", title: ["…"], date: ReportDate("2016-07-08"),
            intro: "…", sections: KnownSection.allCases.map { known in
                switch known.contentKind {
                case .metrics: Section(key: known.rawValue, known: known, content: .metrics([metric, metric]))
                case .review: Section(key: known.rawValue, known: known, content: .review([review, review]))
                case .entries: Section(key: known.rawValue, known: known, lead: "…", content: .entries([entry, entry]))
                }
            })
        // Points numbered 1. directly under the section reach the templates as `items`.
        report.sections.append(Section(key: "…", known: nil, heading: "…", lead: "…", numbering: .items,
                                       content: .entries([item, item])))
        return report
    }()
}

extension ReportHistory {
    /// Earlier periods in which every metric of ``Report/specimen`` has a value, so that the check follows the
    /// comparison columns too.
    static let specimen: ReportHistory = {
        var earlier = Report.specimen
        earlier.period = earlier.period.previous
        return ReportHistory(previous: earlier, yearAgo: earlier)
    }()
}
