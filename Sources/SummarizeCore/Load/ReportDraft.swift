/// What one data file says, before the files of a period are put together into a ``Report``.
///
/// A period is one file or a folder of department files; every field here is optional because a department file
/// may leave the organization, say, to another file. ``ReportAssembler`` checks what the whole period needs.
struct ReportDraft: Sendable {
    var file: String
    /// Where the file's content starts, for problems about the file as a whole.
    var start: SourceLocation
    var organization: Located<String>?
    var title: Located<[String]>?
    var date: Located<ReportDate>?
    var locale: Located<ReportLocale>?
    var kind: Located<DocumentKind>?
    var intro: Located<String>?
    var email: Located<EmailSettings>?
    /// The sections in the order the file writes them.
    var sections: [SectionDraft] = []
    /// Keys offered as "did you mean" for a misspelt key: when `achievments` was reported, a second message that
    /// `achievements` is missing would only repeat it.
    var suggestedKeys: Set<String> = []
    /// The top-level keys the file gives, valid or not: a key given with a wrong value is not also "missing".
    var givenKeys: Set<String> = []
    /// The characters that tell which Chinese script the file is written in.
    var script = ChineseScript()
}

/// One section as one file writes it; the files of a department folder add their points to the same section.
struct SectionDraft: Sendable {
    var key: String
    var known: KnownSection?
    var heading: Located<String>?
    var lead: Located<String>?
    var numbering: Located<PointNumbering>?
    var content: Section.Content
    var location: SourceLocation
}
