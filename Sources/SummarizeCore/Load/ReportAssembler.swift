/// Puts the drafts of a period's files (one file, or one per department) together into one ``Report``.
///
/// Files are merged in file-name order. A section appears where it first appears in any file, and each file adds
/// its points to it; its heading, lead text and numbering may be given in one file, or in several the same way. A
/// single-valued field (organization, title, date, locale, kind, intro, email) may likewise be given in one file or
/// in several with the same value. A conflict is an error that names both places.
enum ReportAssembler {
    static let achievementsExample = "every report says what was achieved, for example:\n    achievements:\n      - title: 認真做好科技項目驗收及申報工作\n        text: 為推動……"

    /// The report, or nil with the reasons added to `diagnostics`. `place` names the file or the department folder.
    static func assemble(_ drafts: [ReportDraft], period: Period, place: String, isFolder: Bool,
                         diagnostics: inout [Diagnostic]) -> Report? {
        /// The value the files give for one field; `what` names the field in messages ("'title'").
        func agreed<Value>(_ what: String, _ candidates: [Located<Value>?]) -> Value? {
            var chosen: Located<Value>?
            for candidate in candidates.compactMap({ $0 }) {
                guard let earlier = chosen else { chosen = candidate; continue }
                if candidate.value != earlier.value {
                    diagnostics.append(Diagnostic(
                        at: candidate.location,
                        "\(what) differs from the one given at \(earlier.location?.description ?? "another file")",
                        hint: "give \(what) in one file of the folder only, or the same in every file"))
                }
            }
            return chosen?.value
        }

        let organization = agreed("'organization'", drafts.map(\.organization))
        let kind = agreed("'kind'", drafts.map(\.kind)) ?? .summary
        var report = Report(period: period, kind: kind, organization: organization ?? "",
                            title: agreed("'title'", drafts.map(\.title)), date: agreed("'date'", drafts.map(\.date)),
                            locale: agreed("'locale'", drafts.map(\.locale)) ?? .default,
                            intro: agreed("'intro'", drafts.map(\.intro)), sections: [])
        report.email = agreed("'email'", drafts.map(\.email)) ?? EmailSettings()

        var order: [String] = []
        var sections: [String: [SectionDraft]] = [:]
        for section in drafts.flatMap(\.sections) {
            if sections[section.key] == nil { order.append(section.key) }
            sections[section.key, default: []].append(section)
        }
        report.sections = order.map { key in
            let parts = sections[key]!
            let heading = agreed("the 'heading' of '\(key)'", parts.map(\.heading))
            let lead = agreed("the 'text' of '\(key)'", parts.map(\.lead))
            let numbering = agreed("the 'numbering' of '\(key)'", parts.map(\.numbering)) ?? .entries
            return Section(key: key, known: parts[0].known, heading: heading, lead: lead, numbering: numbering,
                           content: merged(parts.map(\.content)), location: parts[0].location)
        }

        checkRequired(report, drafts: drafts, place: place, isFolder: isFolder, diagnostics: &diagnostics)
        return diagnostics.hasErrors ? nil : report
    }

    /// The points of one section from several files, in file order.
    private static func merged(_ contents: [Section.Content]) -> Section.Content {
        switch contents[0] {
        case .entries: .entries(contents.flatMap(\.entries))
        case .metrics: .metrics(contents.flatMap(\.metrics))
        case .review: .review(contents.flatMap(\.reviews))
        }
    }

    /// What every document of its kind needs: an organization, and for a summary its achievements; a plan
    /// reviews nothing.
    private static func checkRequired(_ report: Report, drafts: [ReportDraft], place: String, isFolder: Bool,
                                      diagnostics: inout [Diagnostic]) {
        guard !drafts.isEmpty else { return }
        let onlyDraft = isFolder ? nil : drafts.first
        // A key given with a wrong value, or misspelt, has been reported already; "missing" would only repeat it.
        let accountedFor = drafts.reduce(into: Set<String>()) { $0.formUnion($1.suggestedKeys.union($1.givenKeys)) }
        if report.organization.isEmpty && !accountedFor.contains("organization") {
            diagnostics.append(onlyDraft.map {
                Diagnostic(at: $0.start, "the required key 'organization' is missing",
                           hint: "add a line such as  organization: 某區科學技術局")
            } ?? Diagnostic(file: place, "no file in this folder gives the 'organization'",
                            hint: "add  organization: 某區科學技術局  to one of the files (the first, by custom)"))
        }
        switch report.kind {
        case .summary:
            // A kind given but not understood may be a plan, which needs no achievements.
            let kindUnread = drafts.contains { $0.givenKeys.contains("kind") && $0.kind == nil }
            if report.section(.achievements) == nil && !accountedFor.contains("achievements") && !kindUnread {
                diagnostics.append(onlyDraft.map {
                    Diagnostic(at: $0.start, "the required key 'achievements' is missing", hint: achievementsExample)
                } ?? Diagnostic(file: place, "no file in this folder lists any 'achievements'", hint: achievementsExample))
            }
        case .plan:
            if let review = report.section(.review) {
                diagnostics.append(Diagnostic(
                    at: review.location, "a work plan reviews no earlier plans; 'review' belongs in a summary",
                    hint: "remove 'review:', or write  kind: summary  if this document is a summary"))
            }
            if report.sections.isEmpty {
                let hint = "write each part of the plan as a key with its points, e.g.\n    指導思想: 以……為指導，……\n    主要任務:\n      - title: ……"
                diagnostics.append(onlyDraft.map { Diagnostic(at: $0.start, "the plan has no sections", hint: hint) }
                    ?? Diagnostic(file: place, "no file in this folder has a section of the plan", hint: hint))
            }
        }
    }
}
