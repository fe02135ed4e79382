/// Checks the `review:` section against the plans the previous period actually made.
///
/// A review line that names no plan of the previous period is an error (with the closest plan as a suggestion):
/// it is a typo or a plan that never existed. A plan that the review does not mention is a warning: the report can
/// still be written, but superiors will ask what became of it. A work plan reviews nothing.
enum PlanReviewCheck {
    /// Hints list at most this many plans; a long list helps nobody find the one they meant.
    static let plansListed = 10
    /// Only this many unknown plans get a suggestion, as many as a person is shown (finding the closest of
    /// thousands of plans for thousands of lines would take minutes).
    static let suggestionsMade = 50

    static func check(_ report: Report, against previous: Report?, file: String) -> [Diagnostic] {
        guard report.kind == .summary, let previous, !previous.plans.isEmpty else { return [] }
        let plans = previous.plans.map(\.name)
        let keys = Dictionary(plans.map { (matchKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        var diagnostics: [Diagnostic] = []
        var reviewed = Set<String>()
        let listed = plans.prefix(plansListed).joined(separator: "; ")
            + (plans.count > plansListed ? "; … and \((plans.count - plansListed).formatted) more" : "")
        for review in report.reviews {
            if let plan = keys[matchKey(review.plan)] {
                reviewed.insert(plan)
                continue
            }
            let suggestion = diagnostics.count < suggestionsMade
                ? Suggestion.closest(to: review.plan, among: plans, allowing: max(2, review.plan.count / 3)) : nil
            diagnostics.append(Diagnostic(
                at: review.location,
                "'\(review.plan.quoted)' is not one of the plans of \(previous.period)" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                hint: "the plans of \(previous.period) are: \(listed)"))
        }
        for plan in plans where !reviewed.contains(plan) {
            diagnostics.append(Diagnostic(
                .warning, file: file,
                "the plan '\(plan.quoted)' of \(previous.period) is not reviewed",
                hint: "add under 'review:'  - {plan: \(plan), status: done}  (or partial, ongoing, dropped)"))
        }
        return diagnostics
    }

    /// Two spellings of a plan match when they differ only in spaces and closing punctuation.
    static func matchKey(_ text: String) -> String {
        let trimmed = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        var scalars = String.UnicodeScalarView(trimmed)
        while let last = scalars.last, "。.；;，,！!".unicodeScalars.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
