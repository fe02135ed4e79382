import Mustache

/// Checks what templates ask of the data, on every load of a ``TemplateSet``.
///
/// Mustache renders a name it cannot find as nothing, so `{{titel}}` or `{{#entires}}` would quietly drop part of
/// every report. The check walks the ``FillPlan`` of ``Report/specimen`` (a report with every kind of part, every
/// field filled in) the way rendering does, and looks every name up with the contexts' own field tables and
/// Mustache's rules (the innermost section first, then outwards). It also reports:
/// - a partial that names no template of the set (partials are never read from anywhere else), and a partial that
///   includes itself, directly or through others, which would never end;
/// - `{{{name}}}` and `{{&name}}` in Markdown templates, which would let the data's text through as Markdown, and in
///   HTML templates for anything but the layout's `{{{content}}}`, the report body that the tool renders itself;
/// - a layout that does not write `{{{content}}}` exactly once, outside any section;
/// - `{{%CONTENT_TYPE: …}}`, which would switch a template's escaping off (the file name decides it);
/// - the house style's templates that no report template uses (a warning: they are not checked).
struct TemplateCheck {
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
        for name in templates.names {
            check.checkEscaping(of: name)
        }
        check.checkLayout()
        for (name, context) in roots(headings: templates.headings) where templates.sources[name] != nil {
            check.follow(name, stack: [templates.styled(context)])
        }
        check.checkHeadings()
        for name in templates.names where !check.reached.contains(name) && templates.sources[name]?.isBuiltIn == false {
            check.diagnostics.append(Diagnostic(
                .warning, file: templates.sources[name]?.file,
                "no report template uses this template, so it was not checked",
                hint: "include it as a partial ({{> \(name)}}) or remove it; section headings are in \(HeadingTable.fileName)"))
        }
        var seen: Set<String> = []
        return check.diagnostics.filter { seen.insert($0.description).inserted }.inReadingOrder
    }

    /// The templates a report starts from, each with a context it is filled with: the steps of the specimen's
    /// ``FillPlan`` and the layout, each kind of step once (the specimen's known sections all fill `section.md`
    /// with the same kind of context; only where their points start tells them apart).
    private static func roots(headings: HeadingTable) -> [(name: String, context: any TemplateContext)] {
        let plan = FillPlan(report: .specimen, history: .specimen, headings: headings)
        var seen: Set<String> = []
        var roots: [(name: String, context: any TemplateContext)] = [
            (FillPlan.layoutTemplate, FillPlan.layout(for: .specimen, content: "<p>…</p>")),
        ]
        for step in plan.steps {
            let shape = (step.context as? SectionContext).map { "\($0.section.numbering)" } ?? ""
            for name in step.templates.names where seen.insert(name + " " + shape).inserted {
                roots.append((name, step.context))
            }
        }
        return roots
    }

    /// What a section with an unknown name renders its content with: anything, as far as the check can tell.
    private struct Unresolved {}

    private func location(_ tag: TemplateTag, in name: String) -> SourceLocation {
        SourceLocation(file: templates.sources[name]?.file ?? name, line: tag.line, column: tag.column)
    }

    private mutating func checkEscaping(of name: String) {
        guard let source = templates.sources[name] else { return }
        for tag in source.tags where tag.kind == .unescapedVariable || tag.kind == .pragma {
            let location = location(tag, in: name)
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

    /// The layout writes the body once, as it is, outside any section: the body is then written into it piece by
    /// piece, never held whole (see Performance/LayoutSplice.swift).
    private mutating func checkLayout() {
        let name = FillPlan.layoutTemplate
        guard let source = templates.sources[name] else { return }
        var depth = 0
        var writes: [TemplateTag] = []
        var misplaced: TemplateTag?
        for tag in source.tags {
            switch tag.kind {
            case .section, .invertedSection, .parent, .block: depth += 1
            case .sectionEnd: depth -= 1
            case .variable where tag.lookupName == "content": misplaced = misplaced ?? tag
            case .unescapedVariable where tag.lookupName == "content":
                writes.append(tag)
                if depth > 0 || tag.hasTransforms { misplaced = misplaced ?? tag }
            default: break
            }
        }
        if let tag = misplaced {
            diagnostics.append(Diagnostic(
                at: location(tag, in: name), "the report body must be written as {{{content}}}, once, outside any section",
                hint: "write {{{content}}} on a line of its own where the report goes"))
        } else if writes.count != 1 {
            let message = "the layout must write the report body ({{{content}}}) exactly once, not \(writes.count) times"
            let hint = "write {{{content}}} on a line of its own where the report goes"
            diagnostics.append(writes.dropFirst().first.map { Diagnostic(at: location($0, in: name), message, hint: hint) }
                ?? Diagnostic(file: source.file, message, hint: hint))
        }
    }

    /// Each default heading is a template over the report's fields.
    private mutating func checkHeadings() {
        let report = templates.styled(ReportContext(report: .specimen))
        for (_, heading) in templates.headings.headings {
            for tag in TemplateTag.scan(heading.text) where tag.kind == .variable || tag.kind == .section || tag.kind == .invertedSection {
                let location = SourceLocation(file: heading.location.file, line: heading.location.line,
                                              column: heading.location.column + tag.column - 1)
                _ = resolve(tag, in: [report], at: location)
            }
        }
    }

    /// Walks one template's tags with the context stack rendering would have, following partials.
    private mutating func follow(_ name: String, stack: [Any]) {
        guard let source = templates.sources[name] else { return }
        reached.insert(name)
        expanding.append(name)
        defer { expanding.removeLast() }
        var stack = stack
        /// How many stack entries each open section pushed, to pop them at its end.
        var pushed: [Int] = []
        for tag in source.tags {
            let location = location(tag, in: name)
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
                stack.removeLast(min(stack.count - 1, pushed.popLast() ?? 0))
            case .partial:
                checkPartial(tag, stack: stack, at: location)
            case .comment, .pragma, .setDelimiters, .unclosed:
                break
            }
        }
    }

    private mutating func checkPartial(_ tag: TemplateTag, stack: [Any], at location: SourceLocation) {
        if templates.sources[tag.name] != nil {
            if let start = expanding.firstIndex(of: tag.name) {
                let cycle = (expanding[start...] + [tag.name]).joined(separator: " → ")
                diagnostics.append(Diagnostic(
                    at: location, "the partial '\(tag.name)' includes itself (\(cycle)), so the report would never end",
                    hint: "a partial may include other partials, but never one that leads back to it"))
                return
            }
            follow(tag.name, stack: stack)
            return
        }
        let folder = templates.folder?.relativePath ?? "the templates of \(templates.locale)"
        let available = "the templates here are: \(templates.names.joined(separator: ", "))"
        if tag.name.contains("/") || tag.name.contains("\\") {
            diagnostics.append(Diagnostic(
                at: location, "the partial '\(tag.name)' points outside \(folder); partials are only read from there",
                hint: "name a template of the same folder without '.mustache', e.g. {{> entry.md}}; \(available)"))
        } else {
            let suggestion = Suggestion.closest(to: tag.name, among: templates.names).map { "; did you mean '\($0)'?" } ?? ""
            diagnostics.append(Diagnostic(
                at: location, "there is no template '\(tag.name)' in \(folder) for this partial\(suggestion)",
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
        let suggestion = Suggestion.closest(to: name, among: allNames.sorted()).map { "; did you mean '\($0)'?" } ?? ""
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

    /// A field of a context as rendering finds it; nil where Mustache would find nothing. Every value the contexts
    /// give is a ``TemplateValue``, a list of them, a `Bool` or an `Int`, so the checks are casts to those concrete
    /// types: a cast to a protocol costs a scan of every conformance in the process the first time for each type.
    private static func child(_ name: String, of value: Any) -> Any? {
        (value as? TemplateValue)?.child(named: name)
    }

    /// What a `{{#section}}` with this value renders its content with: a list's first element, the value itself,
    /// or nothing new for a yes/no value. A section that renders nothing here (an empty list, an empty field, as
    /// the `items` of a section whose points are `entries`) is not followed: the specimen's other parts reach it.
    private static func sectionContext(of value: Any) -> Any? {
        if let list = value as? [TemplateValue] { return list.first ?? Unresolved() }
        if value is Bool || value is Int { return nil }
        if (value as? TemplateValue)?.isNull == true { return Unresolved() }
        return value
    }

    /// The names a context answers, grouped by what they belong to, following its parents; the style table,
    /// which every template can reach, comes last.
    private static func names(of value: Any) -> [NameGroup] {
        var groups: [NameGroup] = [], style: [NameGroup] = []
        var context = (value as? TemplateValue)?.context
        while let current = context {
            let group = NameGroup(owner: current.owner, names: current.fieldNames)
            if current is StyledContext { style.append(group) } else if !group.names.isEmpty { groups.append(group) }
            context = current.parent
        }
        return groups + style
    }
}
