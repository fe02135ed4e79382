extension ReportReader {
    static let reviewKeys = ["plan", "status", "note", "department"]

    /// What became of the previous period's plans: each a `plan`, its `status` and optionally a `note`.
    mutating func readReview(_ node: YAMLNode) -> [PlanReview] {
        guard !NodeReader.isNull(node),
              let elements = reader.list(node, what: "'review'",
                                         example: "review:\n      - {plan: 繼續加強知識產權宣傳工作, status: done, note: 已簽訂協議}")
        else { return [] }
        return elements.compactMap { readReviewEntry($0) }
    }

    private mutating func readReviewEntry(_ node: YAMLNode) -> PlanReview? {
        let example = "for example:  - {plan: 繼續加強知識產權宣傳工作, status: done, note: 已簽訂協議}"
        guard case let .mapping(mapping) = node else {
            reader.report(node, "a review entry must have a 'plan' and a 'status'", hint: example)
            return nil
        }
        let fields = reader.fields(of: mapping, allowed: Self.reviewKeys, in: "a review entry")
        let plan = optionalText(fields["plan"], what: "'plan'").map(PlainText.singleLine)
        let note = optionalText(fields["note"], what: "'note'")
        let department = optionalText(fields["department"], what: "'department'").map(PlainText.singleLine)
        if plan == nil {
            reader.report(fields["plan"]?.key ?? node, "a review entry does not say which 'plan' it reviews",
                          hint: "copy the plan's title from the previous half's data, e.g.  plan: 繼續加強知識產權宣傳工作")
        }
        let choices = "done (完成), partial (部分完成), ongoing (進行中), dropped (取消)"
        guard let statusText = optionalText(fields["status"], what: "'status'").map(PlainText.singleLine) else {
            reader.report(fields["status"]?.key ?? node, "the review of '\((plan ?? "").quoted)' has no 'status'",
                          hint: "say what became of the plan: \(choices)")
            return nil
        }
        guard let status = PlanStatus(spelling: statusText) else {
            let suggestion = Suggestion.closest(to: statusText, among: PlanStatus.spellings.keys.sorted())
                .map { "; did you mean '\($0)'?" } ?? ""
            reader.report(fields["status"]?.value, "unknown status '\(statusText.quoted)'\(suggestion)", hint: "use one of: \(choices)")
            return nil
        }
        guard let plan else { return nil }
        return PlanReview(plan: plan, status: status, note: note, department: department ?? fileDepartment,
                          location: reader.location(of: node))
    }
}
