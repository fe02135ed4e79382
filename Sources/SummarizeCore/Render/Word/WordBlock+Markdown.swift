extension WordBlock {
    /// The Word paragraphs of the templates' Markdown, following their conventions:
    /// - `##` is level 1 (一、, heading 1), `###` level 2 (（一）, heading 2), `####` level 3 (1., heading 3), `#####`
    ///   and `######` level 4 (（1）, heading 4). `#` does not occur in a body (the title is separate) and is shown
    ///   as heading 1.
    /// - A paragraph is Body Text; its emphasis and strong runs are run-in headings (``WordRun/runs(from:)``).
    /// - A list item is a Body Text paragraph that starts with its marker as text; block quotes and code blocks are
    ///   Body Text; thematic breaks and raw HTML show nothing.
    static func blocks(from markdown: [MarkdownBlock], house: WordHouseStyle) -> [WordBlock] {
        markdown.flatMap { paragraphs(of: $0, house: house) }.map(WordBlock.paragraph)
    }

    private static func paragraphs(of block: MarkdownBlock, house: WordHouseStyle) -> [WordParagraph] {
        switch block {
        case let .heading(level, inlines):
            // ## → outline level 0 (heading 1); # is shown at that level too.
            return [WordParagraph(WordStyle.heading(outlineLevel: max(level, 2) - 2), WordRun.runs(from: inlines, softBreak: SoftBreak(house.locale)))]
        case let .paragraph(inlines):
            return [WordParagraph(.bodyText, WordRun.runs(from: inlines, softBreak: SoftBreak(house.locale)))]
        case let .list(list):
            return list.items.enumerated().flatMap { offset, item -> [WordParagraph] in
                let marker = list.isOrdered ? "\(list.start + offset)." + (house.isChinese ? "" : " ") : "• "
                var itemParagraphs = item.flatMap { paragraphs(of: $0, house: house) }
                if itemParagraphs.isEmpty || item.first.map(isParagraph) != true {
                    itemParagraphs.insert(WordParagraph(.bodyText, []), at: 0)
                }
                itemParagraphs[0].runs = WordRun.merged([WordRun(marker)] + itemParagraphs[0].runs)
                return itemParagraphs
            }
        case let .blockQuote(children):
            return children.flatMap { paragraphs(of: $0, house: house) }
        case let .codeBlock(_, text):
            let lines = text.hasSuffix("\n") ? String(text.dropLast()) : text
            return [WordParagraph(.bodyText, lines.isEmpty ? [] : [WordRun(lines)])]
        case .thematicBreak, .rawHTML:
            return []
        }
    }

    private static func isParagraph(_ block: MarkdownBlock) -> Bool {
        if case .paragraph = block { return true }
        return false
    }
}
