import Foundation

/// Writes finished output files so that readers only ever see the old files or the complete new ones: a shorthand
/// for an ``OutputTransaction`` of one or a few files (see there for how).
public enum OutputFile {
    /// Writes a text as UTF-8, straight from the string's own storage (see ``OutputContents``).
    public static func write(_ text: String, to url: URL) throws(DiagnosticError) {
        try writeAll([(contents: .text(text), url: url)])
    }

    public static func write(_ data: Data, to url: URL) throws(DiagnosticError) {
        try writeAll([(contents: .bytes(data), url: url)])
    }
}
