extension WordRun {
    /// The runs of a paragraph's inlines, following the templates' conventions: an emphasis (`*…*`) is a level-2
    /// run-in title or number (Run-in Heading 2, 楷体), a strong (`**…**`) a level-3 or 4 one (Run-in Heading 3, bold
    /// 仿宋); the innermost of nested ones wins.
    ///
    /// Code is plain text, a link its text, an image its description; a soft break shows as ``SoftBreak`` says for
    /// the report's language, a hard break is a line break ("\n"); raw HTML shows nothing. Neighbouring text in the
    /// same style is one run.
    static func runs(from inlines: [MarkdownInline], softBreak: SoftBreak) -> [WordRun] {
        var runs: [WordRun] = []
        collect(inlines, style: nil, softBreak: softBreak, into: &runs)
        return merged(runs)
    }

    private static func collect(_ inlines: [MarkdownInline], style: WordStyle?, softBreak: SoftBreak, into runs: inout [WordRun]) {
        for inline in inlines {
            switch inline {
            case let .text(text), let .code(text):
                runs.append(WordRun(text, style: style))
            case let .emphasis(children):
                collect(children, style: .runInHeading2, softBreak: softBreak, into: &runs)
            case let .strong(children):
                collect(children, style: .runInHeading3, softBreak: softBreak, into: &runs)
            case let .link(_, _, children), let .image(_, _, children):
                collect(children, style: style, softBreak: softBreak, into: &runs)
            case .softBreak:
                if !softBreak.separator.isEmpty { runs.append(WordRun(softBreak.separator, style: style)) }
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
