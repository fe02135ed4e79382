import Foundation

/// What goes into an output file: bytes, or a text written as UTF-8 straight from the string's own storage.
///
/// A report of 100,000 items is tens of megabytes of HTML; `Data(html.utf8)` would hold it twice while the file is
/// written.
public enum OutputContents: Sendable {
    case bytes(Data)
    case text(String)

    func write(to handle: FileHandle) throws {
        switch self {
        case let .bytes(data):
            try handle.write(contentsOf: data)
        case var .text(text):
            try text.withUTF8 { try handle.write(contentsOf: UnsafeRawBufferPointer($0)) }
        }
    }
}
