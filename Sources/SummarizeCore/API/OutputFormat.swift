import Foundation

/// What `summarize` can write for a period, one file each: `Output/2016H1.html`, `.txt`, `.md`, `.eml`, `.docx`,
/// `.pdf`.
public enum OutputFormat: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The report: one self-contained HTML file, its styles inline.
    case html
    /// The plain-text twin, wrapped for Chinese and Latin text.
    case txt
    /// The filled Markdown.
    case md
    /// A ready-to-send email holding the text, the HTML and the HTML as an attachment (and the Word document,
    /// when it is written too).
    case eml
    /// A Word document laid out to GB/T 9704, with named styles.
    case docx
    /// The Word document converted to PDF by LibreOffice.
    case pdf

    public var description: String { rawValue }
    /// The file name extension, which is the format's name: `2016H1.eml`.
    public var fileExtension: String { rawValue }

    /// Reads `html,txt,eml` (any case, spaces allowed); nil with the unknown name when one is not a format.
    public static func list(parsing text: String) -> Result<[OutputFormat], UnknownFormat> {
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            let aliases = ["markdown": "md", "text": "txt", "word": "docx", "email": "eml"]
            guard let format = OutputFormat(rawValue: aliases[name] ?? name) else {
                return .failure(UnknownFormat(name: name, suggestion: Suggestion.closest(to: name, among: allCases.map(\.rawValue))))
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats.isEmpty ? .failure(UnknownFormat(name: text, suggestion: nil)) : .success(formats)
    }

    /// A name in `--format` that is no format, with the closest one if it looks like a typo.
    public struct UnknownFormat: Error, Sendable {
        public var name: String
        public var suggestion: String?
    }
}
