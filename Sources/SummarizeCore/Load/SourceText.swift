import Foundation

/// Decodes the bytes of a data file into text, accepting what Windows editors write (a UTF-8 byte-order mark,
/// UTF-16 with or without a byte-order mark) and refusing, with a message that says how to fix it, anything that is not
/// Unicode, rather than guessing and producing garbled text.
enum SourceText {
    static func decode(_ data: Data, file: String) throws(DiagnosticError) -> String {
        if let text = plainUTF8(data) { return text }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(bytes.dropFirst(3), file: file)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard (bytes.count - 2) % 2 == 0, let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                throw DiagnosticError(Diagnostic(file: file, "the file starts like UTF-16 but is not valid UTF-16",
                                                 hint: "save it again as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8)"))
            }
            return text
        }
        if let text = utf16WithoutByteOrderMark(bytes) { return text }
        if bytes.contains(0) {
            throw DiagnosticError(Diagnostic(file: file, "this is not a text file (it contains NUL bytes)",
                                             hint: "a data file is plain text in YAML; check that you named the right file"))
        }
        return try utf8(bytes[...], file: file)
    }

    /// The text of a file that is valid UTF-8 without a byte-order mark and NUL bytes, nearly every data file,
    /// validated straight from the file's bytes (no copy); nil for anything that needs a closer look.
    private static func plainUTF8(_ data: Data) -> String? {
        let marks: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]
        guard !marks.contains(where: { data.starts(with: $0) }) else { return nil }
        return data.withUnsafeBytes { bytes -> String? in
            guard let base = bytes.baseAddress, memchr(base, 0, bytes.count) == nil else { return bytes.isEmpty ? "" : nil }
            return String(validating: bytes.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
        }
    }

    /// The text of a file in UTF-16 without a byte-order mark, as some editors save "Unicode" text; nil for anything
    /// else. The byte order is not guessed: the bytes must be valid UTF-16 in it, with no control characters but
    /// line breaks and tabs, and hold a ':' as every data file does. Read the other way round, a YAML file's ASCII
    /// becomes CJK characters and its ':' and line breaks disappear.
    private static func utf16WithoutByteOrderMark(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2, bytes.count % 2 == 0, bytes.contains(0) else { return nil }
        for littleEndian in [true, false] {
            let units = stride(from: 0, to: bytes.count, by: 2).map { index in
                littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                             : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            }
            guard let text = String(validating: units, as: UTF16.self), text.contains(":"),
                  !text.unicodeScalars.contains(where: { $0.value < 0x20 && !["\t", "\n", "\r"].contains($0) })
            else { continue }
            return text
        }
        return nil
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, file: String) throws(DiagnosticError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let (line, column) = positionOfFirstInvalidByte(in: bytes)
        throw DiagnosticError(Diagnostic(
            at: SourceLocation(file: file, line: line, column: column),
            "the file is not UTF-8 text\(likelyEncoding(of: bytes).map { "; it looks like \($0)" } ?? "")",
            hint: "open it in your editor and save it as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8)"))
    }

    /// The line and column (in characters) of the first byte that breaks UTF-8, so the person can find it.
    private static func positionOfFirstInvalidByte(in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1, column = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.endIndex,
                  String(validating: bytes[index..<index + length], as: UTF8.self) != nil
            else { return (line, column) }
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return (line, column)
    }

    /// A guess at the legacy Chinese encoding (what Windows calls "ANSI"), from the shape of the byte pairs.
    static func likelyEncoding(of bytes: ArraySlice<UInt8>) -> String? {
        var pairs = 0, gbkLead = 0, big5Lead = 0
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let lead = bytes[index], trail = bytes[index + 1]
            guard lead >= 0x81 && lead <= 0xFE else { index += 1; continue }
            pairs += 1
            // GB2312 (the core of GBK) puts common Han characters at leads B0–F7 with trails A1–FE;
            // Big5 puts them at leads A4–F9 with trails 40–7E or A1–FE.
            if (0xB0...0xF7).contains(lead) && (0xA1...0xFE).contains(trail) { gbkLead += 1 }
            if (0xA4...0xF9).contains(lead) && ((0x40...0x7E).contains(trail) || (0xA1...0xFE).contains(trail)) { big5Lead += 1 }
            index += 2
        }
        guard pairs > 0 else { return nil }
        if big5Lead > gbkLead { return "Big5 (Traditional Chinese \"ANSI\")" }
        return "GBK/GB18030 (Simplified Chinese \"ANSI\")"
    }
}
