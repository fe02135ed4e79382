/// Puts the drafts of a period's files (one file, or one per department) together into one ``Report``.
///
/// Files are merged in file-name order: entries, metrics and review lines are concatenated section by section;
/// a single-valued field (organization, title, date, locale, intro, email) may be given in one file or in several with
/// the same value, and a conflict is an error that names both places.
enum ReportAssembler {
    static let achievementsExample = "every report says what was achieved, for example:\n    achievements:\n      - title: 認真做好科技項目驗收及申報工作\n        text: 為推動……"

    /// The report, or nil with the reasons added to `diagnostics`. `place` names the file or the department folder.
    static func assemble(_ drafts: [ReportDraft], period: Period, place: String, isFolder: Bool,
                         diagnostics: inout [Diagnostic]) -> Report? {
        let onlyDraft = isFolder ? nil : drafts.first
        func agreed<Value>(_ name: String, _ keyPath: KeyPath<ReportDraft, Located<Value>?>) -> Value? {
            var chosen: Located<Value>?
            for draft in drafts {
                guard let candidate = draft[keyPath: keyPath] else { continue }
                guard let earlier = chosen else { chosen = candidate; continue }
                if candidate.value != earlier.value {
                    diagnostics.append(Diagnostic(
                        at: candidate.location,
                        "'\(name)' differs from the one given at \(earlier.location?.description ?? "another file")",
                        hint: "give '\(name)' in one file of the folder only, or the same in every file"))
                }
            }
            return chosen?.value
        }

        let organization = agreed("organization", \.organization)
        let title = agreed("title", \.title)
        let date = agreed("date", \.date)
        let locale = agreed("locale", \.locale)
        let intro = agreed("intro", \.intro)
        let email = agreed("email", \.email)
        var report = Report(period: period, organization: organization ?? "", title: title, date: date,
                            locale: locale ?? .default, intro: intro, achievements: [])
        report.email = email ?? EmailSettings()
        for draft in drafts {
            report.achievements += draft.sections[.achievements] ?? []
            report.highlights += draft.sections[.highlights] ?? []
            report.problems += draft.sections[.problems] ?? []
            report.suggestions += draft.sections[.suggestions] ?? []
            report.plans += draft.sections[.plans] ?? []
            report.metrics += draft.metrics
            report.review += draft.review
        }

        // A key given with a wrong value, or misspelt, has been reported already; "missing" would only repeat it.
        let accountedFor = drafts.reduce(into: Set<String>()) { $0.formUnion($1.suggestedKeys.union($1.givenKeys)) }
        if organization == nil && !drafts.isEmpty && !accountedFor.contains("organization") {
            diagnostics.append(onlyDraft.map {
                Diagnostic(at: $0.start, "the required key 'organization' is missing",
                           hint: "add a line such as  organization: 某區科學技術局")
            } ?? Diagnostic(file: place, "no file in this folder gives the 'organization'",
                            hint: "add  organization: 某區科學技術局  to one of the files (the first, by custom)"))
        }
        if report.achievements.isEmpty && !drafts.isEmpty
            && !accountedFor.contains("achievements") {
            diagnostics.append(onlyDraft.map {
                Diagnostic(at: $0.start, "the required key 'achievements' is missing", hint: achievementsExample)
            } ?? Diagnostic(file: place, "no file in this folder lists any 'achievements'", hint: achievementsExample))
        }
        return diagnostics.contains { $0.severity == .error } ? nil : report
    }
}
