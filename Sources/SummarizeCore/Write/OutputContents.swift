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

    /// Writes the contents into an ``OutputTransaction``'s file.
    func write(to sink: inout OutputSink) throws {
        switch self {
        case let .bytes(data):
            try sink.write(data)
        case let .text(text):
            try sink.write(text)
        case let .streamed(produce):
            try produce { try sink.write($0) }
        }
    }
}
