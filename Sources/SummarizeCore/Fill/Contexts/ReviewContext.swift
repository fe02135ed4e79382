/// One line of the plan review as the review template sees it.
struct ReviewContext: TemplateContext {
    let review: PlanReview
    let number: Numeral
    let locale: ReportLocale

    func child(named name: String) -> Any? {
        switch name {
        case "number": TemplateValue(number)
        case "plan": TemplateValue(review.plan)
        case "status": TemplateValue(review.status.rawValue)
        case "statusLabel": TemplateValue(review.status.label(in: locale))
        case "isDone": review.status == .done
        case "isPartial": review.status == .partial
        case "isOngoing": review.status == .ongoing
        case "isDropped": review.status == .dropped
        case "note": review.note.templateValue
        case "department": review.department.templateValue
        default: nil
        }
    }

    static let fieldNames: Set<String> = [
        "number", "plan", "status", "statusLabel", "isDone", "isPartial", "isOngoing", "isDropped", "note", "department",
    ]
}
