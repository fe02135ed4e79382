/// What one data file says, before the files of a period are put together into a ``Report``.
///
/// A period is one file or a folder of department files; every field here is optional because a department file
/// may leave the organization, say, to another file. ``ReportAssembler`` checks what the whole period needs.
struct ReportDraft: Sendable {
    var file: String
    /// Where the file's content starts, for problems about the file as a whole.
    var start: SourceLocation
    var organization: Located<String>?
    var title: Located<String>?
    var date: Located<ReportDate>?
    var locale: Located<ReportLocale>?
    var intro: Located<String>?
    /// The department of every entry in this file that does not name its own.
    var department: String?
    var sections: [ReportSection: [Entry]] = [:]
    var metrics: [Metric] = []
    var review: [PlanReview] = []
}
