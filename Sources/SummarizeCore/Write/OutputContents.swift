import Foundation

/// What goes into an output file: bytes, a text written as UTF-8 straight from the string's own storage, or texts
/// produced while the file is written.
///
/// A report of 100,000 items is tens of megabytes of HTML; `Data(html.utf8)` would hold it twice while the file is
/// written, and a streamed report is never held whole at all.
public enum OutputContents: Sendable {
    case bytes(Data)
    case text(String)
    /// Called once, with a function that appends a text to the file.
    case streamed(@Sendable (_ write: (String) throws -> Void) throws -> Void)

    func write(to handle: FileHandle) throws {
        switch self {
        case let .bytes(data):
            try handle.write(contentsOf: data)
        case let .text(text):
            try Self.write(text, to: handle)
        case let .streamed(produce):
            try produce { try Self.write($0, to: handle) }
        }
    }

    private static func write(_ text: String, to handle: FileHandle) throws {
        var text = text
        try text.withUTF8 { try handle.write(contentsOf: UnsafeRawBufferPointer($0)) }
    }
}
