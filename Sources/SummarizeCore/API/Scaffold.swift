/// The commented data file `summarize init` writes to start a new half: the organization and locale carried over
/// from the previous half, its plans as review lines whose status is still to fill in, its metric names with empty
/// values, and every section present with one line saying what goes there.
///
/// Every value the person must supply is left empty and marked `TODO`, so that `--check` refuses the file until
/// it has been filled in.
public struct Scaffold: Sendable {
    public var period: Period
    /// The previous half's report, if it has data.
    public var previous: Report?
    public var locale: ReportLocale

    public init(period: Period, previous: Report?, locale: ReportLocale? = nil) {
        self.period = period
        self.previous = previous
        self.locale = locale ?? previous?.locale ?? .default
    }

    /// The text of the new data file.
    public var text: String {
        let words = ScaffoldWords(locale: locale)
        var lines: [String] = []
        lines.append("# \(locale.defaultTitle(for: period))\(words.colon)\(words.header)")
        lines.append("#   summarize --period \(period) --check")
        lines.append("")
        if let organization = previous?.organization {
            lines.append("organization: \(Self.quoted(organization))")
        } else {
            lines.append("organization:                # TODO \(words.organization)")
        }
        lines.append("date:                        # \(words.date)")
        lines.append("locale: \(locale.rawValue)")
        lines.append("")
        lines.append("# \(words.intro)")
        lines.append("intro:")
        lines.append("")
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
            lines.append("# \(words.reviewWithoutPlans)")
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
        return lines.joined(separator: "\n") + "\n"
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
