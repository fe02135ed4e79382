import Foundation

/// Writing to standard error that cannot crash the process.
///
/// `FileHandle.standardError.write(_:)` raises an exception, which Swift cannot catch and so ends the process,
/// when the write fails: standard error closed (`2>&-`), a full device (`2>/dev/full`), a pipe whose reader has
/// gone. A diagnostic that cannot be shown is lost, but the process still ends with its own exit status.
public enum StandardError {
    /// Writes the text as UTF-8 with `write(2)`, ignoring every failure (`EBADF`, `ENOSPC`, `EPIPE`, …).
    public static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            try? FileSystem.write(UnsafeRawBufferPointer(bytes), to: STDERR_FILENO, path: "standard error")
        }
    }

    /// Makes a write to a pipe whose reader has gone (`summarize … | head -1`) fail with `EPIPE` instead of ending
    /// the process by SIGPIPE. Call it first thing in `main`.
    public static func ignoreBrokenPipes() {
        InterruptCleanup.ignoreBrokenPipes()
    }
}
