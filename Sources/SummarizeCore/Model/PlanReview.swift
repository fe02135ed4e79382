/// One line of the `review:` section: a plan of the previous half and what became of it.
public struct PlanReview: Hashable, Sendable {
    /// The plan as the previous half's data names it (its title, or its text when it has no title).
    public var plan: String
    public var status: PlanStatus
    public var note: String?
    public var department: String?
    public var location: SourceLocation?

    public init(plan: String, status: PlanStatus, note: String? = nil, department: String? = nil, location: SourceLocation? = nil) {
        self.plan = plan
        self.status = status
        self.note = note
        self.department = department
        self.location = location
    }
}
