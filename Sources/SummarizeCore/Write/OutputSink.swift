import Foundation

/// Where ``OutputTransaction/file(named:_:)`` lets the caller write one file: texts as UTF-8 and bytes, counted.
///
/// Texts go out straight from the string's own storage, with no `Data` copy: a report of 100,000 items is tens of
/// megabytes of HTML. Small pieces (a streamed report comes in thousands) are gathered into 64 KiB before each
/// `write(2)`; a piece that large or larger goes out as it is.
@_spi(Stages) public struct OutputSink {
    let file: FileWriter

    init(_ file: FileWriter) {
        self.file = file
    }

    /// The bytes written so far: the size the file will have.
    var byteCount: Int { file.byteCount }

    /// Appends a text as UTF-8.
    public mutating func write(_ text: String) throws(DiagnosticError) {
        let file = self.file
        if let done = text.utf8.withContiguousStorageIfAvailable({ file.append(UnsafeRawBufferPointer($0)) }) {
            return try file.check(done)
        }
        var copy = text  // a bridged string without contiguous UTF-8: made native once
        try file.check(copy.withUTF8 { file.append(UnsafeRawBufferPointer($0)) })
    }

    /// Appends bytes.
    mutating func write(_ data: Data) throws(DiagnosticError) {
        let file = self.file
        try file.check(data.withUnsafeBytes { file.append($0) })
    }
}

/// The temporary file behind an ``OutputSink``: its descriptor, the buffer, the count, and the first failure, which
/// sticks, so that a caller that catches and goes on cannot make a truncated file look complete.
final class FileWriter {
    static let bufferSize = 64 * 1024

    /// The temporary file's path.
    let path: String
    /// The file as messages name it: the final name, not the temporary one.
    let displayName: String
    private(set) var byteCount = 0
    private(set) var failure: FileSystemError?
    private var descriptor: Int32?
    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 1)
    private var buffered = 0

    init(descriptor: Int32, path: String, displayName: String) {
        self.descriptor = descriptor
        self.path = path
        self.displayName = displayName
    }

    deinit {
        if let descriptor { FileSystem.closeQuietly(descriptor) }
        buffer.deallocate()
    }

    /// Appends bytes; false once writing failed.
    func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard failure == nil, descriptor != nil else { return false }
        if buffered + bytes.count > Self.bufferSize { flush() }
        if bytes.count >= Self.bufferSize {
            writeOut(bytes)
        } else if bytes.count > 0 {
            (buffer.baseAddress! + buffered).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
            buffered += bytes.count
        }
        if failure == nil { byteCount += bytes.count }
        return failure == nil
    }

    /// Writes what is buffered and closes the file; the failure, if any.
    func finish() -> FileSystemError? {
        flush()
        if let descriptor {
            self.descriptor = nil
            do { try FileSystem.close(descriptor, path: path) } catch { failure = failure ?? error }
        }
        return failure
    }

    func check(_ succeeded: Bool) throws(DiagnosticError) {
        if !succeeded, let failure { throw DiagnosticError(diagnostic(for: failure)) }
    }

    func diagnostic(for failure: FileSystemError) -> Diagnostic {
        failure.diagnostic(file: displayName, "cannot write the report",
                           hint: "check that the output folder is writable and the disk is not full")
    }

    private func flush() {
        guard buffered > 0 else { return }
        writeOut(UnsafeRawBufferPointer(rebasing: buffer[..<buffered]))
        buffered = 0
    }

    private func writeOut(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, let descriptor else { return }
        do { try FileSystem.write(bytes, to: descriptor, path: path) } catch { failure = error }
    }
}
