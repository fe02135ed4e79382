extension WordRun {
    /// The runs of a paragraph's inlines, following the templates' conventions: an emphasis (`*…*`) is a level-2
    /// run-in title or number (Run-in Heading 2, 楷体), a strong (`**…**`) a level-3 or 4 one (Run-in Heading 3, bold
    /// 仿宋); the innermost of nested ones wins.
    ///
    /// Code is plain text, a link its text, an image its description; a soft break shows nothing between Chinese
    /// characters and a space elsewhere, a hard break is a line break ("\n"); raw HTML shows nothing. Neighbouring
    /// text in the same style is one run.
    static func runs(from inlines: [MarkdownInline]) -> [WordRun] {
        var runs: [WordRun] = []
        collect(inlines, style: nil, into: &runs)
        return merged(runs)
    }

    private static func collect(_ inlines: [MarkdownInline], style: WordStyle?, into runs: inout [WordRun]) {
        for (index, inline) in inlines.enumerated() {
            switch inline {
            case let .text(text), let .code(text):
                runs.append(WordRun(text, style: style))
            case let .emphasis(children):
                collect(children, style: .runInHeading2, into: &runs)
            case let .strong(children):
                collect(children, style: .runInHeading3, into: &runs)
            case let .link(_, _, children), let .image(_, _, children):
                collect(children, style: style, into: &runs)
            case .softBreak:
                let before = inlines[..<index].reversed().lazy.compactMap(\.lastScalar).first
                let after = inlines[(index + 1)...].lazy.compactMap(\.firstScalar).first
                let separator = [MarkdownInline].softBreakSeparator(after: before, before: after)
                if !separator.isEmpty { runs.append(WordRun(separator, style: style)) }
            case .lineBreak:
                runs.append(WordRun("\n", style: style))
            case .rawHTML:
                break
            }
        }
    }

    /// Joins neighbouring runs of the same style and drops empty ones.
    static func merged(_ runs: [WordRun]) -> [WordRun] {
        var result: [WordRun] = []
        for run in runs where !run.text.isEmpty {
            if let last = result.last, last.style == run.style {
                result[result.count - 1].text += run.text
            } else {
                result.append(run)
            }
        }
        return result
    }
}
