/// The text of cmark's output as a reader sees it, for checking that escaped text comes back unchanged.
///
/// It works on UTF-8 bytes, not characters: a combining mark right after `<p>` makes `>` part of a larger
/// character, which character-level matching would miss (the fuzzer's first finding).
enum HTMLText {
    /// The text of each `<p>` element, with cmark's four entities decoded; nil for markup other than paragraphs.
    static func paragraphs(of html: String) -> [String]? {
        let bytes = Array(html.utf8)
        let open = Array("<p>".utf8), close = Array("</p>\n".utf8)
        var paragraphs: [String] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index...].starts(with: open) else { return nil }
            let start = index + open.count
            guard let end = (start..<bytes.count).first(where: { bytes[$0...].starts(with: close) }) else { return nil }
            let inner = bytes[start..<end]
            if inner.contains(UInt8(ascii: "<")) { return nil }
            paragraphs.append(String(decoding: decode(inner), as: UTF8.self))
            index = end + close.count
        }
        return paragraphs
    }

    /// cmark writes only these four entities in text.
    private static let entities: [(name: [UInt8], value: UInt8)] = [
        (Array("&lt;".utf8), UInt8(ascii: "<")), (Array("&gt;".utf8), UInt8(ascii: ">")),
        (Array("&quot;".utf8), UInt8(ascii: "\"")), (Array("&amp;".utf8), UInt8(ascii: "&")),
    ]

    private static func decode(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "&"), let entity = entities.first(where: { bytes[index...].starts(with: $0.name) }) {
                result.append(entity.value)
                index += entity.name.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}
