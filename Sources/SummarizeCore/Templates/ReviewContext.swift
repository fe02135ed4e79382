import Mustache

/// One line of the plan review as the review template sees it.
struct ReviewContext: MustacheParent {
    let review: PlanReview
    let number: Numeral
    let locale: ReportLocale

    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "plan": TemplateText(review.plan)
        case "status": review.status.rawValue
        case "statusLabel": TemplateText(review.status.label(in: locale))
        case "isDone": review.status == .done
        case "isPartial": review.status == .partial
        case "isOngoing": review.status == .ongoing
        case "isDropped": review.status == .dropped
        case "note": review.note.templateTextOrAbsent
        case "department": review.department.templateTextOrAbsent
        default: nil
        }
    }

    static let fieldNames: Set<String> = [
        "number", "plan", "status", "statusLabel", "isDone", "isPartial", "isOngoing", "isDropped", "note", "department",
    ]
}
