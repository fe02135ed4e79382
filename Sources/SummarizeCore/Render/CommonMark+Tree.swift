import Foundation
internal import CCmark

extension CommonMark {
    /// Parses Markdown with libcmark and copies the result into Swift values (``MarkdownBlock``).
    ///
    /// The tool renders the tree itself (``StyledHTML``, ``PlainTextReport``) so that every element gets its
    /// inline style where it is produced; the parser is cmark's, with the same safe options as ``html(from:)``.
    func blocks(from markdown: String) -> [MarkdownBlock] {
        var source = markdown
        return source.withUTF8 { bytes in
            guard let root = cmark_parse_document(bytes.baseAddress, bytes.count, CMARK_OPT_VALIDATE_UTF8) else {
                return []
            }
            let document = ParsedDocument(root: root)
            return document.blocks()
        }
    }

    /// The same Markdown as cmark writes it back (`cmark_render_commonmark`): backslashes only where a character
    /// would otherwise be Markdown syntax, one blank line between blocks, lines not wrapped. The filled templates
    /// escape every ASCII punctuation mark of the data (`\,`); this is the readable form of the same document.
    func normalized(_ markdown: String) -> String {
        var source = markdown
        return source.withUTF8 { bytes in
            guard let root = cmark_parse_document(bytes.baseAddress, bytes.count, CMARK_OPT_VALIDATE_UTF8) else { return "" }
            defer { cmark_node_free(root) }  // the whole tree, allocated by cmark_parse_document
            guard let buffer = cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0) else { return "" }
            defer { free(buffer) }  // malloc'd by cmark; ours to release
            return String(cString: buffer)
        }
    }
}

/// Owns one cmark node tree and frees it when the copy into Swift values is done. Child pointers are used only
/// while the owner is alive, inside ``blocks()``.
private final class ParsedDocument {
    private let root: OpaquePointer

    init(root: OpaquePointer) {
        self.root = root
    }

    deinit {
        cmark_node_free(root)  // allocated by cmark_parse_document; frees the whole tree
    }

    func blocks() -> [MarkdownBlock] {
        blocks(under: root)
    }

    private func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private func blocks(under node: OpaquePointer) -> [MarkdownBlock] {
        children(of: node).compactMap(block)
    }

    private func block(_ node: OpaquePointer) -> MarkdownBlock? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), inlines(under: node))
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(under: node))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(blocks(under: node))
        case CMARK_NODE_LIST:
            return .list(MarkdownList(
                isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                isTight: cmark_node_get_list_tight(node) != 0,
                items: children(of: node).map { blocks(under: $0) }))
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), text: string(cmark_node_get_literal(node)))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_CUSTOM_BLOCK:
            return .rawHTML
        default:
            return nil
        }
    }

    /// The inlines of a block, with each run of adjacent text nodes joined into one `.text`. cmark splits text at
    /// every backslash escape and every unmatched delimiter, and the data's punctuation is all escaped: a paragraph
    /// of typed text arrives as dozens of text nodes (thousands, for a run of `[`), which would otherwise each become
    /// a Swift string. Every renderer treats adjacent texts as one text, so joining them changes no output.
    private func inlines(under node: OpaquePointer) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var pendingText: [UInt8] = []
        func flushText() {
            guard !pendingText.isEmpty else { return }
            result.append(.text(String(decoding: pendingText, as: UTF8.self)))
            pendingText.removeAll(keepingCapacity: true)
        }
        var child = cmark_node_first_child(node)
        while let current = child {
            if cmark_node_get_type(current) == CMARK_NODE_TEXT {
                if let literal = cmark_node_get_literal(current) {
                    pendingText.append(contentsOf: UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
                }
            } else {
                flushText()
                if let inline = inline(current) { result.append(inline) }
            }
            child = cmark_node_next(current)
        }
        flushText()
        return result
    }

    private func inline(_ node: OpaquePointer) -> MarkdownInline? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_CODE: .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_EMPH: .emphasis(inlines(under: node))
        case CMARK_NODE_STRONG: .strong(inlines(under: node))
        case CMARK_NODE_LINK:
            .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)), inlines(under: node))
        case CMARK_NODE_IMAGE:
            .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)), alt: inlines(under: node))
        case CMARK_NODE_HTML_INLINE, CMARK_NODE_CUSTOM_INLINE: .rawHTML
        default: nil
        }
    }

    /// Copies a string that cmark owns (it lives as long as its node).
    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
