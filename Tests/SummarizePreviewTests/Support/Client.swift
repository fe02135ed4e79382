import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SummarizePreview

/// A real HTTP client over loopback, as a browser would use the preview.
enum Client {
    struct Response {
        var status: Int
        var body: String
        var contentType: String?
    }

    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = 10
        return URLSession(configuration: configuration)
    }()

    static func get(_ url: URL, host: String? = nil) async throws -> Response {
        var request = URLRequest(url: url)
        if let host { request.setValue(host, forHTTPHeaderField: "Host") }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        return Response(status: http.statusCode, body: String(decoding: data, as: UTF8.self),
                        contentType: http.value(forHTTPHeaderField: "Content-Type"))
    }

    /// The page at `/`, as served (with the reload script).
    static func page(_ base: URL) async throws -> String {
        try await get(base).body
    }

    /// The version a served page carries in its reload script.
    static func version(of page: String) -> String? {
        guard let start = page.range(of: "var shown = \""),
              let end = page[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(page[start.upperBound..<end])
    }

    /// Asks `/changes` whether anything changed since `version`; answers when something did (or at the timeout).
    static func changes(_ base: URL, since version: String) async throws -> String {
        try await get(URL(string: "changes?since=\(version)", relativeTo: base)!).body
    }
}

/// Waits, checking often, until `condition` holds; fails after `timeout`.
func eventually(timeout: Duration = .seconds(5), _ what: String = "the condition",
                _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now.advanced(by: timeout)
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    struct TimedOut: Error, CustomStringConvertible { var description: String }
    throw TimedOut(description: "timed out waiting for \(what)")
}

/// A fresh, empty folder under the system's temporary folder, removed after `body`.
func withTemporaryFolder<T>(_ body: (URL) async throws -> T) async throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("summarize-preview-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try await body(url)
}

/// A preview server running in this process, stopped by cancelling its task.
struct RunningServer {
    let url: URL
    let task: Task<Void, any Error>

    static func start(_ server: PreviewServer) async throws -> RunningServer {
        let (addresses, continuation) = AsyncStream<URL>.makeStream()
        let task = Task {
            defer { continuation.finish() }
            try await server.run { continuation.yield($0) }
        }
        var iterator = addresses.makeAsyncIterator()
        guard let url = await iterator.next() else {
            try await task.value  // rethrows why it never listened
            struct NeverListened: Error {}
            throw NeverListened()
        }
        return RunningServer(url: url, task: task)
    }

    /// Cancels the server and waits until it has closed.
    func stop() async throws {
        task.cancel()
        try await task.value
    }
}
