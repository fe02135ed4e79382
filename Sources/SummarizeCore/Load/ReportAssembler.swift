/// Puts the drafts of a period's files (one file, or one per department) together into one ``Report``.
///
/// Files are merged in file-name order. A section appears where it first appears in any file, and each file adds
/// its points to it; its heading, lead text and numbering may be given in one file, or in several the same way. A
/// single-valued field (organization, title, date, locale, kind, intro, email) may likewise be given in one file or
/// in several with the same value. A conflict is an error that names both places.
enum ReportAssembler {
    static let achievementsExample = "every report says what was achieved, for example:\n    achievements:\n      - title: 認真做好科技項目驗收及申報工作\n        text: 為推動……"

    /// The report, or nil with the reasons added to `diagnostics`. `place` names the file or the department folder;
    /// `locale` is the one asked for on the command line, if any.
    static func assemble(_ drafts: [ReportDraft], period: Period, place: String, isFolder: Bool,
                         locale override: ReportLocale? = nil, diagnostics: inout [Diagnostic]) -> Report? {
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
        let script = drafts.reduce(into: ChineseScript()) { $0.add($1.script) }
        let givenLocale = agreed("'locale'", drafts.map(\.locale))
        var report = Report(period: period, kind: kind, organization: organization ?? "",
                            title: agreed("'title'", drafts.map(\.title)), date: agreed("'date'", drafts.map(\.date)),
                            locale: override ?? givenLocale ?? script.locale ?? .default,
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

        DuplicateCheck.check(&report.sections, diagnostics: &diagnostics)
        checkRequired(report, drafts: drafts, place: place, isFolder: isFolder, diagnostics: &diagnostics)
        // About the report as a whole: only once it can be written, not on top of errors.
        if !drafts.isEmpty && !diagnostics.hasErrors {
            checkDate(report, at: drafts.lazy.compactMap(\.date).first?.location, place: place, diagnostics: &diagnostics)
            checkScript(script, against: report.locale, override: override,
                        given: drafts.lazy.compactMap(\.locale).first, diagnostics: &diagnostics)
        }
        return diagnostics.hasErrors ? nil : report
    }

    /// A report is dated (GB/T 9704 §7.3.5: 成文日期), on a day that fits its period: not before the period begins,
    /// nor more than a year after it ends (a slip of the year, most likely).
    private static func checkDate(_ report: Report, at location: SourceLocation?, place: String,
                                  diagnostics: inout [Diagnostic]) {
        let period = report.period
        let (start, end): (ReportDate, ReportDate) = switch period.span {
        case .year: (ReportDate(year: period.year, month: 1, day: 1), ReportDate(year: period.year, month: 12, day: 31))
        case .half(.first): (ReportDate(year: period.year, month: 1, day: 1), ReportDate(year: period.year, month: 6, day: 30))
        case .half(.second): (ReportDate(year: period.year, month: 7, day: 1), ReportDate(year: period.year, month: 12, day: 31))
        }
        let example = end.month == 6 ? "\(period.year)-07-08" : "\(period.year + 1)-01-08"
        guard let date = report.date else {
            diagnostics.append(Diagnostic(
                .warning, file: place, "the report has no 'date'; an official document is dated the day it is signed (GB/T 9704 §7.3.5)",
                hint: "add a line such as  date: \(example)  (printed under the signature as \(ReportDate(example)!.formatted(in: .zhHant)))"))
            return
        }
        if date < start {
            diagnostics.append(Diagnostic(
                .warning, at: location, "the date \(date) is before \(period) begins (\(start)); a report is dated when it is signed",
                hint: "check the year; a report of \(period) is dated after it, e.g.  date: \(example)"))
        } else if date > ReportDate(year: end.year + 1, month: end.month, day: end.day) {
            diagnostics.append(Diagnostic(
                .warning, at: location, "the date \(date) is more than a year after \(period) ends (\(end))",
                hint: "check the year; a report of \(period) is dated soon after it, e.g.  date: \(example)"))
        }
    }

    /// The report's words (headings, period names, dates) follow its locale, the data's text its own script: a
    /// locale of the other Chinese script is warned about, at a character that shows the data's script.
    private static func checkScript(_ script: ChineseScript, against locale: ReportLocale, override: ReportLocale?,
                                    given: Located<ReportLocale>?, diagnostics: inout [Diagnostic]) {
        guard locale != .en, let written = script.locale, written != locale, let example = script.example else { return }
        let names: [ReportLocale: String] = [.zhHant: "Traditional Chinese", .zhHans: "Simplified Chinese"]
        let asked = override != nil ? "--locale \(locale)" : "'locale: \(given?.value.rawValue ?? locale.rawValue)'"
            + (given?.location.map { " (\($0.file == example.location.file ? "line \($0.line)" : $0.description))" } ?? "")
        let remedy = override != nil ? "leave --locale out, or give  --locale \(written)" : "write  locale: \(written), or leave 'locale:' out"
        diagnostics.append(Diagnostic(
            .warning, at: example.location,
            "the data is written in \(names[written]!) ('\(example.character)' here), but \(asked) makes the report \(names[locale]!)",
            hint: "\(remedy), and the report follows the data; summarize does not convert text between the scripts"))
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
