/// One line of the `review:` section: a plan of the previous half and what became of it.
struct PlanReview: Hashable, Sendable {
    /// The plan as the previous half's data names it (its title, or its text when it has no title).
    var plan: String
    var status: PlanStatus
    var note: String?
    var department: String?
    var location: SourceLocation?

    init(plan: String, status: PlanStatus, note: String? = nil, department: String? = nil, location: SourceLocation? = nil) {
        self.plan = plan
        self.status = status
        self.note = note
        self.department = department
        self.location = location
    }
}
