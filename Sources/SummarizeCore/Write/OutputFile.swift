import Foundation

/// Writes a finished output file so that readers only ever see the old file or the complete new one.
///
/// The bytes go to a hidden temporary file in the same folder (so the final rename never crosses file systems), and
/// the temporary file is renamed over the target. On any failure the temporary file is removed and the existing
/// target is left exactly as it was. ``writeAll(_:)`` does the same for several files.
///
/// The file is not flushed to disk (`fsync`) before the rename. That guards against power loss, not against a failed
/// or interrupted run, and a report is derived data that one command writes again; the flush cost 2–8 ms of a run
/// that otherwise takes about 20, paid on every save while a template is being designed. Replacing an existing
/// report stays safe even then: ext4, the usual Linux file system, writes a file's data before a rename over an
/// existing file takes effect.
public enum OutputFile {
    /// Writes a text as UTF-8, straight from the string's own storage (see ``OutputContents``).
    public static func write(_ text: String, to url: URL) throws(DiagnosticError) {
        try writeAll([(contents: .text(text), url: url)])
    }

    public static func write(_ data: Data, to url: URL) throws(DiagnosticError) {
        try writeAll([(contents: .bytes(data), url: url)])
    }
}
