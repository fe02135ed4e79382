/// The commented data file `summarize init` writes to start a new period: a work summary (工作總結) or a work plan
/// (工作計劃), of a half year or a whole year.
///
/// A summary gets the organization and locale carried over, the previous period's plans as review lines whose
/// status is still to fill in, its metric names with empty values, and every section present with one line saying
/// what goes there. A plan has no achievements and reviews nothing: it gets sections of the office's own
/// (指導思想, 主要任務 with the units responsible, 保障措施), with commented examples of `heading:`, `text:`,
/// `entries:`, `responsible:` and `numbering: 1.`, and the previous period's plans as its first main tasks.
///
/// Every value the person must supply is left empty and marked `TODO`, so that `--check` refuses the file until
/// it has been filled in. (A plan whose main tasks were carried over is complete with their titles alone; their
/// texts and responsible units are marked `TODO` all the same.)
struct Scaffold: Sendable {
    var period: Period
    var kind: DocumentKind
    /// The previous period's report, if it has data: its plans are reviewed (or, in a plan, carried on) and its
    /// metrics kept.
    var previous: Report?
    /// The most recent earlier report of any span, whose organization and locale carry over when the previous
    /// period has no data (a first yearly summary after half-year ones).
    var latest: Report?
    var locale: ReportLocale

    init(period: Period, kind: DocumentKind = .summary, previous: Report?, latest: Report? = nil,
                locale: ReportLocale? = nil) {
        self.period = period
        self.kind = kind
        self.previous = previous
        self.latest = latest
        self.locale = locale ?? previous?.locale ?? latest?.locale ?? .default
    }

    private var organization: String? { previous?.organization ?? latest?.organization }

    /// The text of the new data file.
    var text: String {
        let words = ScaffoldWords(locale: locale, period: period)
        var lines: [String] = []
        lines.append("# \(locale.defaultTitle(for: period, kind: kind))\(words.colon)\(words.header)")
        lines.append("#   summarize --period \(period) --check")
        lines.append("")
        if let organization {
            lines.append("organization: \(Self.quoted(organization))")
        } else {
            lines.append("organization:                # TODO \(words.organization)")
        }
        if kind == .plan { lines.append("kind: plan                   # \(words.kind)") }
        lines.append("date:                        # \(words.date(kind: kind))")
        lines.append("locale: \(locale.rawValue)")
        lines.append("")
        lines.append("# \(words.intro)")
        lines.append("intro:")
        lines.append("")
        switch kind {
        case .summary: summarySections(words, into: &lines)
        case .plan: planSections(words, into: &lines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What a summary says: achievements, the review of the previous period's plans, metrics, and the rest.
    private func summarySections(_ words: ScaffoldWords, into lines: inout [String]) {
        lines.append("# \(words.achievements)")
        lines.append("achievements:")
        lines.append("  - title:                     # TODO")
        lines.append("    text:                      # TODO")
        lines.append("")
        if let previous, !previous.plans.isEmpty {
            lines.append("# \(words.review(previous.period.name(in: locale, seenFrom: period)))")
            lines.append("review:")
            for plan in previous.plans {
                lines.append("  - plan: \(Self.quoted(plan.name))")
                lines.append("    status:                    # TODO done | partial | ongoing | dropped")
                lines.append("    note:")
            }
        } else {
            lines.append("# \(words.reviewWithoutPlans(previousHasData: previous != nil))")
            lines.append("review:")
        }
        lines.append("")
        lines.append("# \(words.highlights)")
        lines.append("highlights:")
        lines.append("")
        lines.append("# \(words.metrics)")
        if let metrics = previous?.metrics, !metrics.isEmpty {
            lines.append("metrics:")
            for metric in metrics {
                lines.append("  - name: \(Self.quoted(metric.name))")
                lines.append("    value:                     # TODO")
                if let unit = metric.unit { lines.append("    unit: \(Self.quoted(unit))") }
            }
        } else {
            lines.append("metrics:")
        }
        lines.append("")
        lines.append("# \(words.problems)")
        lines.append("problems:")
        lines.append("")
        lines.append("# \(words.suggestions)")
        lines.append("suggestions:")
        lines.append("")
        lines.append("# \(words.plans(period.next.name(in: locale, seenFrom: period)))")
        lines.append("plans:")
    }

    /// What a plan says, in sections of the office's own, each shown with a commented example of its form: one
    /// paragraph, a list of tasks with the units responsible, and a lead paragraph with points numbered 1. 2.
    private func planSections(_ words: ScaffoldWords, into lines: inout [String]) {
        let plan = words.plan
        lines += plan.sectionsIntro.map { "# \($0)" }
        lines.append("")
        lines += plan.guidanceComment.map { "# \($0)" }
        lines += plan.guidance
        lines.append("")
        lines += plan.tasksComment.map { "# \($0)" }
        lines += plan.tasksStart
        let indent = plan.taskIndent
        if let previous, !previous.plans.isEmpty {
            lines.append("\(indent)# \(words.carriedPlans(previous.period.name(in: locale, seenFrom: period)))")
            for task in previous.plans {
                lines.append("\(indent)- title: \(Self.quoted(task.name))")
                lines.append("\(indent)  text:                      # TODO")
                lines.append("\(indent)  responsible:               # TODO")
            }
        } else {
            lines.append("\(indent)- title:                     # TODO")
            lines.append("\(indent)  text:                      # TODO")
            lines.append("\(indent)  responsible:")
        }
        lines.append("")
        lines += plan.safeguardsComment.map { "# \($0)" }
        lines += plan.safeguards
    }

    /// A YAML double-quoted scalar: the text exactly, whatever punctuation it holds.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
