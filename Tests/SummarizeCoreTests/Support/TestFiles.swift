import Foundation
@_spi(Stages) @testable import SummarizeCore

/// Fixture files and throwaway folders, for tests (paths are in ``TestSupport``).
enum TestFiles {
    /// Loads `Fixtures/<path>` as the data file of 2016H1, named `<path>` in messages.
    static func loadFixture(_ path: String) throws(DiagnosticError) -> Checked<Report> {
        let loader = ReportLoader(directory: DataDirectory(TestSupport.fixtures))
        let data = FileManager.default.contents(atPath: TestSupport.fixtures.appendingPathComponent(path).path) ?? Data()
        return try loader.parse(try SourceText.decode(data, file: path), period: period, file: path)
    }

    /// The diagnostics loading a fixture ends with, as printed; "" when it loads without any.
    static func messages(loading path: String) -> String {
        do {
            return try loadFixture(path).warnings.map(\.description).joined(separator: "\n")
        } catch {
            return error.description
        }
    }

    static let period = Period(year: 2016, half: .first)

    /// A new empty folder, removed when `body` returns.
    static func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("summarize-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    /// Writes `text` to `folder/name`, creating folders on the way.
    @discardableResult
    static func write(_ text: String, to name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// A small valid data file.
    static let minimalData = "organization: 某區科學技術局\ndate: 2016-07-08\nachievements:\n  - 認真做好科技項目驗收及申報工作\n"
}
