import Foundation
internal import CCmark

/// The system libcmark: every call into it is in this file and ``CommonMark+Tree.swift``.
///
/// cmark's defaults are safe: raw HTML in the input becomes `<!-- raw HTML omitted -->` and `javascript:`,
/// `vbscript:`, `file:` and most `data:` links are dropped. The tool never turns that off, so the only HTML that
/// reaches a report is the layout's and cmark's own.
struct CommonMark: Sendable {
    init() {}

    /// Texts longer than this are rendered in pieces (see Performance/MarkdownChunks.swift); a real report's
    /// sections are far shorter, and per-call overhead is negligible at this size.
    static let pieceSize = 256 * 1024

    /// cmark's own HTML of a text (`cmark_markdown_to_html`): the reference that the tests and the fuzzer hold the
    /// styled rendering (``StyledHTML``) to.
    func html(from markdown: String) -> String {
        var source = markdown
        return source.withUTF8 { bytes in
            guard let buffer = cmark_markdown_to_html(bytes.baseAddress, bytes.count, CMARK_OPT_VALIDATE_UTF8) else {
                return ""
            }
            defer { free(buffer) }  // malloc'd by cmark; ours to release
            return String(cString: buffer)
        }
    }
}
