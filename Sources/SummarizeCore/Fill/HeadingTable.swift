import Mustache

/// The default heading of each known section in one locale, from `headings.yaml` in the templates folder, where
/// the house style's owner words them:
///
/// ```yaml
/// achievements: "{{period.span}}工作成績"
/// plans: "{{period.next.relativeName}}工作計劃"
/// ```
///
/// Each heading is a small Mustache template over the report's fields (``ReportContext``). A section's
/// `heading:` in the data replaces it; sections of the office's own always bring theirs.
struct HeadingTable: Sendable {
    static let fileName = "headings.yaml"

    /// Each heading's template and its source, for the template check.
    struct Heading: Sendable {
        var template: MustacheTemplate
        var text: String
        var location: SourceLocation
    }

    let headings: [KnownSection: Heading]

    /// Parses the table; every problem is reported at its line and column.
    static func parse(_ text: String, file: String) throws(DiagnosticError) -> HeadingTable {
        var problems: [Diagnostic] = []
        var headings: [KnownSection: Heading] = [:]
        let root = try YAMLComposer.compose(text, file: file)
        guard case let .mapping(mapping)? = root else {
            throw DiagnosticError(Diagnostic(file: file, "the table of headings must be a set of keys, one per section",
                                             hint: "write one line per section, e.g.  problems: 存在的問題"))
        }
        let known = KnownSection.allCases.map(\.rawValue)
        for (key, value) in mapping {
            let location = SourceLocation(file: file, line: key.mark.line, column: key.mark.column)
            guard let name = key.scalar?.string, let section = KnownSection(rawValue: name) else {
                let name = key.scalar?.string ?? ""
                let suggestion = Suggestion.closest(to: name, among: known).map { "; did you mean '\($0)'?" } ?? ""
                problems.append(Diagnostic(at: location, "'\(name)' is not a known section\(suggestion)",
                                           hint: "the sections with a default heading are: \(known.joined(separator: ", "))"))
                continue
            }
            guard let heading = value.scalar?.string, !heading.isEmpty else {
                problems.append(Diagnostic(at: location, "the heading of '\(name)' must be a text",
                                           hint: "write it after the colon, e.g.  \(name): 存在的問題"))
                continue
            }
            do {
                let template = try MustacheTemplate(string: "{{%CONTENT_TYPE: TEXT}}" + heading)
                // The text starts after the opening quote of a quoted heading.
                let quoted = value.scalar?.style == .singleQuoted || value.scalar?.style == .doubleQuoted
                headings[section] = Heading(template: template, text: heading,
                                            location: SourceLocation(file: file, line: value.mark.line,
                                                                     column: value.mark.column + (quoted ? 1 : 0)))
            } catch {
                problems.append(Diagnostic(at: location, "the heading of '\(name)' is not a valid template: \(error)",
                                           hint: "names go in double braces, e.g.  {{period.span}}工作成績"))
            }
        }
        for section in KnownSection.allCases where headings[section] == nil && !problems.contains(where: { $0.message.contains("'\(section.rawValue)'") }) {
            problems.append(Diagnostic(file: file, "the default heading of '\(section.rawValue)' is missing",
                                       hint: "add a line such as  \(section.rawValue): …"))
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return HeadingTable(headings: headings)
    }

    /// The heading of a known section for a report, as plain text.
    func heading(for section: KnownSection, report: ReportContext) -> String {
        headings[section].map { $0.template.render(TemplateValue(report)) } ?? section.rawValue
    }
}
