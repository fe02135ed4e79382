import Foundation

/// Department files that are copies of another file of the same folder: what Windows Explorer (`02-科普科 - 複本.yaml`,
/// `- 副本`, `- Copy`), macOS (`02-科普科 copy.yaml`), Linux file managers (`(copy)`, `(副本)`) and browsers
/// (`01-辦公室 (1).yaml`) name a copy, and any file with the same text as an earlier one. Merged with the
/// original, every point of a copy would be printed twice; each is an error that names both files, and a copy is
/// left out of the merge so that its points are not reported a second time as duplicates.
enum DepartmentCopies {
    /// A department file as read: its name in messages, the name's stem and the fingerprint of its text.
    struct File {
        var name: String
        var stem: String
        var fingerprint: Int
        var length: Int

        init(name: String, text: String) {
            self.name = name
            let base = name.lastIndex(of: "/").map { name[name.index(after: $0)...] } ?? name[...]
            self.stem = String(base.lastIndex(of: ".").map { base[..<$0] } ?? base)
            var text = text
            var hasher = Hasher()
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            self.fingerprint = hasher.finalize()
            self.length = text.utf8.count
        }
    }

    /// The copies among the files (by index; nil for a file that could not be read), each with its error.
    static func find(in files: [File?]) -> [Int: Diagnostic] {
        var byStem: [String: Int] = [:]
        var byText: [[Int]: Int] = [:]
        for (index, file) in files.enumerated() {
            if let file { byStem[file.stem] = byStem[file.stem] ?? index }
        }
        var copies: [Int: Diagnostic] = [:]
        for (index, file) in files.enumerated() {
            guard let file else { continue }
            // The name first: a copy named as one (`02-科普科 - 複本`) sorts before its original, and it, not the
            // original, is the file to blame.
            if let (stem, marker) = original(of: file.stem), let original = byStem[stem], original != index {
                copies[index] = Diagnostic(
                    file: file.name, "this file looks like a copy of \(files[original]!.name) (its name adds '\(marker)'); both would be merged, and the points they share printed twice",
                    hint: "keep one of the two: move the other out of the folder (or, for a department of its own, give the file a name of its own)")
                continue
            }
            let textKey = [file.fingerprint, file.length]
            if let original = byText[textKey] {
                copies[index] = Diagnostic(
                    file: file.name, "this file has the same text as \(files[original]!.name); its points would be printed twice",
                    hint: "remove one of the two files (a copy made by mistake), or write this department's own points in it")
                continue
            }
            byText[textKey] = index
        }
        return copies
    }

    /// The name a copy was made from and what the copy added, if the name looks like a copy's.
    static func original(of stem: String) -> (String, String)? {
        var name = stem
        var added = ""
        while let (shorter, marker) = strippingOneMarker(name) {
            name = shorter
            added = marker + added
        }
        return added.isEmpty || name.isEmpty ? nil : (name, added)
    }

    private static let suffixes = [
        " - 複本", " - 副本", " - 复本", " - 複製", " - 复制", " - Copy", " - copy", " copy", " Copy",
        " (copy)", " (another copy)", " (副本)", "（副本）", "(副本)", "的副本", "_副本", "-副本", "副本",
    ]
    private static let prefixes = ["Copy of ", "複本 - ", "副本 - ", "副本_"]

    /// The last characters of every suffix above, the digits and brackets of " (1)" and " copy 2", and the first of
    /// every prefix: a name that ends and starts otherwise (nearly all) is no copy's, without comparing further.
    private static let lastCharacters = Set(suffixes.compactMap(\.last) + Array("0123456789)）"))
    private static let firstCharacters = Set(prefixes.compactMap(\.first))

    private static func strippingOneMarker(_ name: String) -> (String, String)? {
        guard let last = name.last, let first = name.first,
              lastCharacters.contains(last) || firstCharacters.contains(first) else { return nil }
        for suffix in suffixes where name.hasSuffix(suffix) && name.count > suffix.count {
            return (String(name.dropLast(suffix.count)), suffix)
        }
        for prefix in prefixes where name.hasPrefix(prefix) && name.count > prefix.count {
            return (String(name.dropFirst(prefix.count)), prefix)
        }
        // " (1)", "(2)", "（3）", " copy 2"
        for (open, close) in [("(", ")"), ("（", "）")] where name.hasSuffix(close) {
            guard let start = name.range(of: open, options: .backwards)?.lowerBound else { continue }
            let number = name[name.index(start, offsetBy: open.count)..<name.index(name.endIndex, offsetBy: -close.count)]
            guard !number.isEmpty, number.count <= 3, number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber) else { continue }
            var cut = start
            if cut > name.startIndex, name[name.index(before: cut)] == " " { cut = name.index(before: cut) }
            guard cut > name.startIndex else { return nil }
            return (String(name[..<cut]), String(name[cut...]))
        }
        if let range = name.range(of: " copy ", options: .backwards),
           name[range.upperBound...].allSatisfy({ $0.isASCII && $0.isNumber }), range.upperBound < name.endIndex {
            return (String(name[..<range.lowerBound]), String(name[range.lowerBound...]))
        }
        return nil
    }
}
