/// Writes parsed Markdown as HTML with every element's style inline, taken from a ``StyleTable``.
///
/// The elements are cmark's own (`<h1>`…`<h6>`, `<p>`, `<ul>`/`<ol>`/`<li>`, `<blockquote>`, `<pre>`, `<code>`, `<em>`,
/// `<strong>`, `<a>`, `<hr />`, `<br />`), written the way `cmark_markdown_to_html` writes them in its safe mode, so
/// that the only difference is the `style` attribute (and the CJK-aware soft breaks, see below). Each element
/// looks up its tag name in the table; a tag the table does not name is written bare.
///
/// Differences from cmark's HTML, each deliberate:
/// - A soft line break becomes what ``SoftBreak`` says (nothing in a Chinese report, a space in an English one)
///   instead of a newline, which browsers would show as a gap inside a Chinese sentence.
/// - Images become their description: a report is self-contained and loads nothing from outside.
struct StyledHTML: Sendable {
    let styles: StyleTable
    let softBreak: SoftBreak

    func render(_ blocks: [MarkdownBlock]) -> String {
        var output = ""
        write(blocks, to: &output)
        return output
    }

    private func open(_ tag: String, _ attributes: String = "") -> String {
        let style = styles[tag].map { " style=\"\($0)\"" } ?? ""
        return "<\(tag)\(attributes)\(style)>"
    }

    private func write(_ blocks: [MarkdownBlock], tight: Bool = false, to output: inout String) {
        for block in blocks {
            write(block, tight: tight, to: &output)
        }
    }

    private func write(_ block: MarkdownBlock, tight: Bool, to output: inout String) {
        switch block {
        case let .heading(level, inlines):
            newLine(&output)
            output += open("h\(level)") + inlineHTML(inlines) + "</h\(level)>\n"
        case let .paragraph(inlines):
            if tight {
                output += inlineHTML(inlines)
            } else {
                newLine(&output)
                output += open("p") + inlineHTML(inlines) + "</p>\n"
            }
        case let .blockQuote(children):
            newLine(&output)
            output += open("blockquote") + "\n"
            write(children, to: &output)
            newLine(&output)
            output += "</blockquote>\n"
        case let .list(list):
            newLine(&output)
            let tag = list.isOrdered ? "ol" : "ul"
            output += open(tag, list.isOrdered && list.start != 1 ? " start=\"\(list.start)\"" : "") + "\n"
            for item in list.items {
                newLine(&output)
                output += open("li")
                write(item, tight: list.isTight, to: &output)
                output += "</li>\n"
            }
            output += "</\(tag)>\n"
        case let .codeBlock(info, text):
            newLine(&output)
            let language = info.split(separator: " ").first.map { " class=\"language-\(escaped(String($0)))\"" } ?? ""
            output += open("pre") + "<code\(language)>" + escaped(text) + "</code></pre>\n"
        case .thematicBreak:
            newLine(&output)
            output += "<hr" + (styles["hr"].map { " style=\"\($0)\"" } ?? "") + " />\n"
        case .rawHTML:
            newLine(&output)
            output += "<!-- raw HTML omitted -->\n"
        }
    }

    /// cmark starts a block on a new line unless the output already ends with one.
    private func newLine(_ output: inout String) {
        if let last = output.last, last != "\n" { output += "\n" }
    }

    private func inlineHTML(_ inlines: [MarkdownInline]) -> String {
        var output = ""
        for inline in inlines {
            switch inline {
            case let .text(text): output += escaped(text)
            case let .code(text): output += open("code") + escaped(text) + "</code>"
            case let .emphasis(children): output += open("em") + inlineHTML(children) + "</em>"
            case let .strong(children): output += open("strong") + inlineHTML(children) + "</strong>"
            case let .link(url, title, children):
                let titleAttribute = title.isEmpty ? "" : " title=\"\(escaped(title))\""
                output += open("a", " href=\"\(Self.safeHref(url))\"\(titleAttribute)") + inlineHTML(children) + "</a>"
            case let .image(_, _, alt):
                output += escaped(alt.plainText(softBreak: softBreak))
            case .softBreak:
                output += softBreak.separator
            case .lineBreak: output += "<br" + (styles["br"].map { " style=\"\($0)\"" } ?? "") + " />\n"
            case .rawHTML: output += "<!-- raw HTML omitted -->"
            }
        }
        return output
    }

    /// HTML text and attribute escaping, as cmark does it.
    ///
    /// Works on the UTF-8 bytes: nearly every text has nothing to escape and is returned as it is after one scan, and
    /// the others are copied in runs between the bytes that need an entity.
    private func escaped(_ text: String) -> String {
        func entity(_ byte: UInt8) -> String? {
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            default: nil
            }
        }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: { entity($0) != nil }) else { return nil }
            var result = ""
            result.reserveCapacity(bytes.count + bytes.count / 8)
            var runStart = 0
            for (index, byte) in bytes.enumerated() {
                guard let entity = entity(byte) else { continue }
                result += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
                result += entity
                runStart = index + 1
            }
            result += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
            return result
        } ?? text
    }

    /// cmark's safe mode: `javascript:`, `vbscript:`, `file:` and `data:` other than images become an empty link;
    /// everything else is percent-encoded where a URL may not hold the character, and `&` and `'` are escaped.
    static func safeHref(_ url: String) -> String {
        let lowered = url.lowercased()
        let dangerous = ["javascript:", "vbscript:", "file:", "data:"].contains { lowered.hasPrefix($0) }
        let allowedData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lowered.hasPrefix($0) }
        if dangerous && !allowedData { return "" }
        var result = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;"
            case UInt8(ascii: "'"): result += "&#x27;"
            case _ where hrefSafe.contains(byte): result.unicodeScalars.append(Unicode.Scalar(byte))
            default: result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    /// The bytes cmark (houdini_escape_href) leaves as they are in a link.
    private static let hrefSafe: Set<UInt8> = Set(
        Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+!*(),%#@?=;:/$~".utf8))
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
