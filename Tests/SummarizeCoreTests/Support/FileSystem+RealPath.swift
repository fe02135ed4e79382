import Foundation
@_spi(Stages) @testable import SummarizeCore

extension FileSystem {
    /// The path with every symbolic link, `.` and `..` resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }  // malloc'd by realpath
        return String(cString: resolved)
    }
}
