import Foundation

/// Writes a finished output file so that readers only ever see the old file or the complete new one.
///
/// The bytes go to a hidden temporary file in the same folder (so the final rename never crosses file systems),
/// are flushed to disk, and the temporary file is renamed over the target. On any failure the temporary file is
/// removed and the existing target is left exactly as it was. ``writeAll(_:)`` does the same for several files.
public enum OutputFile {
    /// Writes a text as UTF-8, straight from the string's own storage: a report of 100,000 items is tens of
    /// megabytes, and `Data(text.utf8)` would hold it twice.
    public static func write(_ text: String, to url: URL) throws(DiagnosticError) {
        var text = text
        let result = text.withUTF8 { bytes -> Result<Void, DiagnosticError> in
            let data = bytes.baseAddress.map {
                Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: bytes.count, deallocator: .none)
            } ?? Data()
            return Result { () throws(DiagnosticError) in try write(data, to: url) }
        }
        try result.get()
    }

    public static func write(_ data: Data, to url: URL) throws(DiagnosticError) {
        try writeAll([(data: data, url: url)])
    }
}
