/// One line of the plan review as the review template sees it.
struct ReviewContext: TemplateContext {
    let review: PlanReview
    let number: Numeral
    let count: Int
    let locale: ReportLocale

    static let owner = "the plan"
    static let fields: [String: @Sendable (Self) -> Any] = [
        "number": { TemplateValue($0.number) },
        "isOnly": { $0.count == 1 },
        "plan": { TemplateValue($0.review.plan) },
        "status": { TemplateValue($0.review.status.rawValue) },
        "statusLabel": { TemplateValue($0.review.status.label(in: $0.locale)) },
        "isDone": { $0.review.status == .done },
        "isPartial": { $0.review.status == .partial },
        "isOngoing": { $0.review.status == .ongoing },
        "isDropped": { $0.review.status == .dropped },
        "note": { $0.review.note.templateValue },
        "department": { $0.review.department.templateValue },
    ]
}
