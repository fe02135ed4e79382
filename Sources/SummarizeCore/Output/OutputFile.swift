import Foundation

/// Writes a finished output file so that readers only ever see the old file or the complete new one.
///
/// The bytes go to a hidden temporary file in the same folder (so the final rename never crosses file systems),
/// are flushed to disk, and the temporary file is renamed over the target. On any failure the temporary file is
/// removed and the existing target is left exactly as it was. ``writeAll(_:)`` does the same for several files.
public enum OutputFile {
    /// Writes a text as UTF-8, straight from the string's own storage (see ``OutputContents``).
    public static func write(_ text: String, to url: URL) throws(DiagnosticError) {
        try writeAll([(contents: .text(text), url: url)])
    }

    public static func write(_ data: Data, to url: URL) throws(DiagnosticError) {
        try writeAll([(contents: .bytes(data), url: url)])
    }
}
