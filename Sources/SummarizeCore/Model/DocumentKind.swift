/// What a document is: a summary of work done (工作總結), or a plan of work to do (工作計劃).
public enum DocumentKind: String, Sendable, CaseIterable {
    case summary, plan

    /// Every spelling the data may use (`kind: 計劃`), in either script.
    static let spellings: [String: DocumentKind] = [
        "summary": .summary, "總結": .summary, "总结": .summary, "工作總結": .summary, "工作总结": .summary,
        "plan": .plan, "計劃": .plan, "计划": .plan, "工作計劃": .plan, "工作计划": .plan, "計畫": .plan, "工作計畫": .plan,
    ]

    public init?(spelling: String) {
        guard let kind = Self.spellings[spelling.lowercased()] else { return nil }
        self = kind
    }
}
