import Foundation
internal import CCmark

/// Renders CommonMark to an HTML fragment with the system libcmark.
///
/// cmark's defaults are safe: raw HTML in the input becomes `<!-- raw HTML omitted -->` and `javascript:`,
/// `vbscript:`, `file:` and most `data:` links are dropped. The tool never turns that off, so the only HTML that
/// reaches a report is the layout's and cmark's own.
public struct CommonMark: Sendable {
    public init() {}

    /// Texts longer than this are rendered in pieces (see ``MarkdownChunks``); a real report's sections are far
    /// shorter, and per-call overhead is negligible at this size.
    static let pieceSize = 256 * 1024

    public func html(from markdown: String) -> String {
        let pieces = MarkdownChunks.split(markdown, size: Self.pieceSize)
        guard pieces.count > 1 else { return renderWhole(markdown) }
        let rendered = pieces.map { renderWhole(String($0)) }
        var html = ""
        html.reserveCapacity(rendered.reduce(0) { $0 + $1.utf8.count })
        for piece in rendered { html += piece }
        return html
    }

    /// One cmark call on the whole text; internal so that tests can compare it with the rendering in pieces.
    func renderWhole(_ markdown: String) -> String {
        var source = markdown
        return source.withUTF8 { bytes in
            guard let buffer = cmark_markdown_to_html(bytes.baseAddress, bytes.count, CMARK_OPT_VALIDATE_UTF8) else {
                return ""
            }
            defer { free(buffer) }  // malloc'd by cmark; ours to release
            return String(cString: buffer)
        }
    }

    /// The version of the libcmark the tool is linked with, e.g. "0.30.2".
    public static var libraryVersion: String { String(cString: cmark_version_string()) }
}
