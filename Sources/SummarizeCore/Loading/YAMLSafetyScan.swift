/// Decides from a text's bytes alone, in one pass, that it cannot hold what ``YAMLPreflight`` protects Yams from:
/// anchors and aliases, and nesting deeper than ``YAMLPreflight/maximumDepth``. Such a text can be given to Yams
/// while the preflight still looks for the problems it reports (duplicate keys), instead of after it.
///
/// The answer errs on the side of "no". Every text with an `&` or a `*` outside a comment line, a tab at the start
/// of a line, a document marker (`---`, `...`), a line whose structure starts far to the right, or brackets that
/// could nest deeply or reach across lines gets the preflight first, as every text did before. Real data files,
/// with their one-line metrics (`- {name: …, value: …}`), pass.
enum YAMLSafetyScan {
    /// How deep brackets may nest on a line: `{ … [ … ] }` is two.
    static let maximumBracketDepth = 4

    /// Why the depth is bounded by how far right a line's structure starts: in block style, a collection inside
    /// another one is indented more than it, except that a list may be the value of a key at the key's own
    /// indentation; so at most two open collections share a column, and the block collections open on a line are
    /// at most twice the columns before its first key or text (counting compact `- ` and `? ` indicators as
    /// indentation), plus two for the line's own key and value. Brackets, closed on the same line, add at most
    /// ``maximumBracketDepth``.
    static let maximumStructureColumn = (YAMLPreflight.maximumDepth - 2 - maximumBracketDepth) / 2

    static func isHarmless(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lineEnd = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                guard isHarmless(line: UnsafeBufferPointer(rebasing: bytes[index..<lineEnd])) else { return false }
                index = lineEnd + 1
            }
            return true
        }
    }

    private static func isHarmless(line: UnsafeBufferPointer<UInt8>) -> Bool {
        // A document marker can be followed by nodes on its own line: `--- - - - a`.
        if line.starts(with: "---".utf8) || line.starts(with: "...".utf8) { return false }
        // The indentation, with compact indicators counted as part of it.
        var column = 0, index = 0
        while index < line.count {
            let byte = line[index]
            if byte == UInt8(ascii: " ") {
                column += 1
                index += 1
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?"),
                      index + 1 == line.count || line[index + 1] == UInt8(ascii: " ") {
                column += 2
                index += 2
            } else if byte == UInt8(ascii: "\t") {
                return false
            } else {
                break
            }
        }
        if index < line.count, line[index] == UInt8(ascii: "#") { return true }  // a comment line
        if column > maximumStructureColumn { return false }
        // The rest: no anchors or aliases; brackets balanced on the line, shallow, and with no quotes beside them,
        // so that every bracket counted is structure or text, never a closing one hidden in a quoted string.
        var depth = 0, hasBrackets = false, hasQuotes = false
        for byte in line[index...] {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "*"):
                return false
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                hasBrackets = true
                if depth > maximumBracketDepth { return false }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth < 0 { return false }
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                hasQuotes = true
            default:
                break
            }
        }
        return depth == 0 && !(hasBrackets && hasQuotes)
    }
}
