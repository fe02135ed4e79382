import Mustache

/// Checks what templates ask of the data, for `summarize --check`.
///
/// Mustache renders a name it cannot find as nothing, so `{{titel}}` or `{{#entires}}` would quietly drop part of
/// every report. The check follows each report template the way rendering does, with a specimen report that has
/// every field filled in, and looks every name up with the contexts' own `child(named:)` and Mustache's rules (the
/// innermost section first, then outwards). It also reports:
/// - a partial that names no template of the folder (partials are never read from anywhere else);
/// - `{{{name}}}` and `{{&name}}` in Markdown templates, which would let the data's text through as Markdown, and in
///   HTML templates for anything but the layout's `{{{content}}}`, the report body that the tool renders itself;
/// - `{{%CONTENT_TYPE: …}}`, which would switch a template's escaping off (the file name decides it);
/// - templates that no report template uses (a warning: they are not checked).
struct TemplateCheck {
    /// The templates a report starts from, with the context each is rendered with: the same as ``ReportRenderer``
    /// gives them, and to be kept in step with it.
    static func roots(for report: Report, history: ReportHistory) -> [(name: String, context: any TemplateContext)] {
        let reportContext = ReportContext(report: report)
        var roots: [(String, any TemplateContext)] = [
            ("document.html", DocumentContext(report: reportContext, content: "<p>…</p>")),
            ("intro.md", reportContext),
        ]
        for (index, section) in ReportSection.allCases.enumerated() {
            let context = SectionContext(
                number: Numeral(index + 1), entries: report.entries(of: section),
                metrics: section == .metrics ? history.compare(report) : [],
                reviews: section == .review ? report.review : [], report: reportContext)
            roots.append((section.templateName, context))
            // The metrics also have a Markdown table, for the plain-text and Markdown outputs.
            if section == .metrics { roots.append(("metrics.md", context)) }
        }
        return roots
    }

    /// The only names an HTML template may output unescaped: the body HTML the tool produced itself, and the inline
    /// declarations of the style table (`{{{style.td.value}}}`), which ``StyleTable`` has already made attribute-safe.
    static func mayBeUnescapedInHTML(_ name: String) -> Bool {
        name == "content" || name == "style" || name.hasPrefix("style.")
    }

    let templates: TemplateSet
    private(set) var diagnostics: [Diagnostic] = []
    private var reached: Set<String> = []
    private var expanding: [String] = []

    init(templates: TemplateSet) {
        self.templates = templates
    }

    /// Every problem found in the templates, in file and line order.
    static func check(_ templates: TemplateSet) -> [Diagnostic] {
        var check = TemplateCheck(templates: templates)
        for name in templates.names.sorted() {
            check.checkEscaping(of: name)
        }
        for (name, context) in roots(for: .specimen, history: .specimen) where templates.sources[name] != nil {
            check.follow(name, stack: [templates.styled(context)])
        }
        for name in templates.names.sorted() where !check.reached.contains(name) {
            check.diagnostics.append(Diagnostic(
                .warning, file: templates.sources[name]?.file,
                "no report template uses this template, so it was not checked",
                hint: "include it as a partial ({{> \(name)}}) or remove it"))
        }
        var seen: Set<String> = []
        return check.diagnostics
            .filter { seen.insert($0.description).inserted }
            .sorted { ($0.file ?? "", $0.location?.line ?? 0, $0.location?.column ?? 0)
                < ($1.file ?? "", $1.location?.line ?? 0, $1.location?.column ?? 0) }
    }

    /// What a section with an unknown name renders its content with: anything, as far as the check can tell.
    private struct Unresolved {}

    private mutating func checkEscaping(of name: String) {
        guard let source = templates.sources[name] else { return }
        for tag in TemplateTag.scan(source.text) where tag.kind == .unescapedVariable || tag.kind == .pragma {
            let location = SourceLocation(file: source.file, line: tag.line, column: tag.column)
            if tag.kind == .pragma {
                if tag.name.uppercased().hasPrefix("CONTENT_TYPE") {
                    diagnostics.append(Diagnostic(
                        at: location, "a template cannot choose its own content type; its file name does (.md or .html)",
                        hint: "remove {{%\(tag.name)}}; Markdown templates end in .md.mustache, HTML templates in .html.mustache"))
                }
            } else if name.hasSuffix(".md") {
                diagnostics.append(Diagnostic(
                    at: location, "'\(tag.name)' is output unescaped in a Markdown template, so its text would be read as Markdown",
                    hint: "write {{\(tag.name)}}: Markdown templates escape every value so that it shows exactly as typed"))
            } else if !Self.mayBeUnescapedInHTML(tag.lookupName) {
                diagnostics.append(Diagnostic(
                    at: location, "'\(tag.name)' is output unescaped, so its text would be read as HTML",
                    hint: "write {{\(tag.name)}}; only {{{content}}}, the report body, and {{{style.…}}} are HTML already"))
            }
        }
    }

    /// Walks one template's tags with the context stack rendering would have, following partials.
    private mutating func follow(_ name: String, stack: [Any]) {
        guard let source = templates.sources[name], !expanding.contains(name) else { return }
        reached.insert(name)
        expanding.append(name)
        defer { expanding.removeLast() }
        var stack = stack
        /// How many stack entries each open section pushed, to pop them at its end.
        var pushed: [Int] = []
        for tag in TemplateTag.scan(source.text) {
            let location = SourceLocation(file: source.file, line: tag.line, column: tag.column)
            switch tag.kind {
            case .variable, .unescapedVariable, .invertedSection:
                _ = resolve(tag, in: stack, at: location)
                if tag.kind == .invertedSection { pushed.append(0) }
            case .section:
                let value = resolve(tag, in: stack, at: location) ?? Unresolved()
                if let element = Self.sectionContext(of: value) {
                    stack.append(element)
                    pushed.append(1)
                } else {
                    pushed.append(0)
                }
            case .parent, .block:
                if tag.kind == .parent { checkPartial(tag, stack: stack, at: location) }
                pushed.append(0)
            case .sectionEnd:
                stack.removeLast(pushed.popLast() ?? 0)
            case .partial:
                checkPartial(tag, stack: stack, at: location)
            case .comment, .pragma:
                break
            }
        }
    }

    private mutating func checkPartial(_ tag: TemplateTag, stack: [Any], at location: SourceLocation) {
        if templates.sources[tag.name] != nil {
            follow(tag.name, stack: stack)
            return
        }
        let folder = templates.directory.relativePath
        let available = "the templates here are: \(templates.names.sorted().joined(separator: ", "))"
        if tag.name.contains("/") || tag.name.contains("\\") {
            diagnostics.append(Diagnostic(
                at: location, "the partial '\(tag.name)' points outside \(folder)/; partials are only read from that folder",
                hint: "name a template of the same folder without '.mustache', e.g. {{> entry.md}}; \(available)"))
        } else {
            let suggestion = Suggestion.closest(to: tag.name, among: templates.names).map { "; did you mean '\($0)'?" } ?? ""
            diagnostics.append(Diagnostic(
                at: location, "there is no template '\(tag.name)' in \(folder)/ for this partial\(suggestion)",
                hint: "name the template without '.mustache'; \(available)"))
        }
    }

    /// The value a tag's name finds in the stack (as Mustache looks it up), or nil with a diagnostic.
    private mutating func resolve(_ tag: TemplateTag, in stack: [Any], at location: SourceLocation) -> Any? {
        let name = tag.lookupName
        // Inside a section whose name was wrong, nothing more is known; its error has been reported.
        if stack.last is Unresolved { return Unresolved() }
        if name == "." || (name.isEmpty && tag.hasTransforms) { return stack.last }
        let onlyInnermost = name.hasPrefix(".")
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return stack.last }
        let candidates = onlyInnermost ? Array(stack.suffix(1)) : stack.reversed()
        guard var value = candidates.lazy.compactMap({ Self.child(first, of: $0) }).first else {
            report(unknown: first, in: tag, known: candidates.flatMap(Self.names(of:)), at: location)
            return nil
        }
        for part in parts.dropFirst() {
            guard let child = Self.child(part, of: value) else {
                report(unknown: part, in: tag, known: Self.names(of: value), at: location)
                return nil
            }
            value = child
        }
        return value
    }

    /// Reports a name no context answers. `known` are the names of the contexts it was looked up in, innermost
    /// first, each with what it belongs to; the hint lists them that way, each name once.
    private mutating func report(unknown name: String, in tag: TemplateTag, known: [NameGroup], at location: SourceLocation) {
        let allNames = Set(known.flatMap(\.names))
        let suggestion = Suggestion.closest(to: name, among: allNames).map { "; did you mean '\($0)'?" } ?? ""
        let whole = tag.name == name ? "" : " (in '\(tag.name)')"
        var listed: Set<String> = []
        let groups = known.compactMap { group -> String? in
            let names = group.names.filter { listed.insert($0).inserted }.sorted()
            return names.isEmpty ? nil : "\(names.joined(separator: ", ")) (\(group.owner))"
        }
        diagnostics.append(Diagnostic(
            at: location, "the data has no '\(name)' here\(whole)\(suggestion)",
            hint: groups.isEmpty ? "a text has no fields; use {{.}} for the text itself"
                : "the names available here, innermost first: \(groups.joined(separator: "; "))"))
    }

    /// Names a context answers, and what they belong to ("the entry"), for hints.
    private struct NameGroup {
        var owner: String
        var names: Set<String>
    }

    /// A field of a context as rendering finds it; nil where Mustache would find nothing.
    private static func child(_ name: String, of value: Any) -> Any? {
        (value as? MustacheParent)?.child(named: name)
    }

    /// What a `{{#section}}` with this value renders its content with: a list's first element, the value itself,
    /// or nothing new for a yes/no value.
    private static func sectionContext(of value: Any) -> Any? {
        if let list = value as? [Any] { return list.first }
        if value is Bool { return nil }
        return value
    }

    /// The names a context answers, grouped by what they belong to, for suggestions and hints.
    private static func names(of value: Any) -> [NameGroup] {
        let report = NameGroup(owner: "the report", names: ReportContext.fieldNames)
        return switch (value as? TemplateValue)?.context ?? value {
        case let styled as StyledContext: names(of: styled.base) + [NameGroup(owner: "the style table", names: ["style"])]
        case is DocumentContext: [NameGroup(owner: "the layout", names: DocumentContext.fieldNames), report]
        case is SectionContext: [NameGroup(owner: "the section", names: SectionContext.fieldNames), report]
        case is ReportContext: [report]
        case is EntryContext: [NameGroup(owner: "the entry", names: EntryContext.fieldNames)]
        case is MetricContext: [NameGroup(owner: "the metric", names: MetricContext.fieldNames)]
        case is BaselineContext: [NameGroup(owner: "the earlier value", names: BaselineContext.fieldNames)]
        case is ReviewContext: [NameGroup(owner: "the plan", names: ReviewContext.fieldNames)]
        case is PeriodContext: [NameGroup(owner: "the period", names: PeriodContext.fieldNames)]
        case is Numeral: [NameGroup(owner: "the number", names: Numeral.fieldNames)]
        default: []
        }
    }
}

extension Report {
    /// A report with every field filled in and every section present, entries three levels deep: the data that
    /// reaches every tag of a template, for ``TemplateCheck``.
    static let specimen: Report = {
        let subitem = Entry(title: "（1）", text: "…", department: "…")
        let item = Entry(title: "1.", text: "…", items: [subitem], department: "…")
        let entry = Entry(title: "（一）", text: "…", items: [item], department: "…")
        return Report(
            period: Period(year: 2016, half: .first), organization: "…", title: "…", date: ReportDate("2016-07-08"),
            intro: "…", achievements: [entry], review: [PlanReview(plan: "…", status: .done, note: "…", department: "…")],
            highlights: [entry], metrics: [Metric(name: "…", value: "1", amount: 1, unit: "…")],
            problems: [entry], suggestions: [entry], plans: [entry])
    }()
}

extension ReportHistory {
    /// Earlier periods in which every metric of ``Report/specimen`` has a value, so that the check follows the
    /// comparison columns too.
    static let specimen: ReportHistory = {
        var earlier = Report.specimen
        earlier.period = earlier.period.previous
        return ReportHistory(previous: earlier, yearAgo: earlier)
    }()
}
