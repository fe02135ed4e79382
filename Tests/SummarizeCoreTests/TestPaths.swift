import Foundation

/// Where the repository's folders are, found from this file's path (the tests need no bundle).
enum TestPaths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repository.appendingPathComponent("Templates", isDirectory: true)
    static let data = repository.appendingPathComponent("Data", isDirectory: true)
    static let fixtures = tests.appendingPathComponent("Fixtures", isDirectory: true)
    static let golden = tests.appendingPathComponent("Golden", isDirectory: true)

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("summarize-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
