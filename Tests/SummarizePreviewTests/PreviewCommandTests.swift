import Foundation
import Testing

/// `summarize preview` as a person runs it: the built executable on a copy of the sample data, a real client, a save,
/// Ctrl-C.
@Suite struct PreviewCommandTests {
    /// The repository root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `summarize` built next to the test bundle (`swift build --build-tests` builds both).
    static let executable: URL? = {
        let folder = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [folder, Bundle.main.bundleURL].map { $0.appendingPathComponent("summarize") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String { "summarize is not built next to the tests: run swift build --build-tests" }
    }

    /// A running `summarize preview` and the address it printed first.
    struct Preview {
        let process: Process
        let url: URL
        let errors: Pipe

        static func start(in folder: URL, _ arguments: [String] = ["--period", "2016H1"]) async throws -> Preview {
            guard let executable else { throw NotBuilt() }
            let process = Process()
            process.executableURL = executable
            process.arguments = ["preview"] + arguments
            process.currentDirectoryURL = folder
            let output = Pipe(), errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            let line = await firstLine(of: output.fileHandleForReading)
            guard let url = URL(string: line), line.hasPrefix("http://127.0.0.1:"), line.hasSuffix("/") else {
                process.terminate()
                struct NoAddress: Error, CustomStringConvertible { var description: String }
                throw NoAddress(description: "the first line of standard output is not the address: '\(line)'")
            }
            return Preview(process: process, url: url, errors: errors)
        }

        /// Sends a signal and waits for the process to end; its exit status and what it wrote to standard error.
        func stop(with signal: Int32) async throws -> (status: Int32, reason: Process.TerminationReason, errors: String) {
            kill(process.processIdentifier, signal)
            try await eventually(timeout: .seconds(5), "summarize preview to exit") { !process.isRunning }
            let errors = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            return (process.terminationStatus, process.terminationReason, errors)
        }

        /// Reads up to the first newline, away from the test's threads (the read blocks).
        private static func firstLine(of handle: FileHandle) async -> String {
            await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    var bytes: [UInt8] = []
                    while true {
                        let chunk = handle.readData(ofLength: 1)  // stop at the newline, leave the rest unread
                        guard let byte = chunk.first, byte != UInt8(ascii: "\n") else { break }
                        bytes.append(byte)
                    }
                    continuation.resume(returning: String(decoding: bytes, as: UTF8.self))
                }
            }
        }
    }

    static func withSampleProject(_ body: (URL) async throws -> Void) async throws {
        try await withTemporaryFolder { folder in
            for name in ["Data", "Templates"] {
                try FileManager.default.copyItem(at: repository.appendingPathComponent(name),
                                                 to: folder.appendingPathComponent(name))
            }
            try await body(folder)
        }
    }

    /// The served page without the reload script: the report itself.
    static func withoutScript(_ page: String) -> String {
        guard let start = page.range(of: "<script>\n/* summarize preview"),
              let end = page.range(of: "</script>\n", range: start.upperBound..<page.endIndex) else { return page }
        return String(page[..<start.lowerBound] + page[end.upperBound...])
    }

    @Test func showsTheSampleFollowsItsSavesAndStopsCleanlyOnControlC() async throws {
        try await Self.withSampleProject { folder in
            let preview = try await Preview.start(in: folder)
            let page = try await Client.page(preview.url)
            #expect(page.contains("2016年上半年工作總結"))
            #expect(page.contains("<script>"), "the served page reloads itself")

            // What is served is exactly the report `summarize` writes, and that file holds no script.
            let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("summarize-preview-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: elsewhere) }
            let generate = Process()
            generate.executableURL = Self.executable
            generate.arguments = ["--period", "2016H1", "--output", elsewhere.path]
            generate.currentDirectoryURL = folder
            generate.standardOutput = FileHandle.nullDevice
            try generate.run()
            generate.waitUntilExit()
            let report = try String(contentsOf: elsewhere.appendingPathComponent("2016H1.html"), encoding: .utf8)
            #expect(!report.contains("<script"))
            #expect(Self.withoutScript(page) == report)

            // A save shows; so does a mistake, with its place and hint; and the fix.
            let data = folder.appendingPathComponent("Data/2016H1.yaml")
            let original = try String(contentsOf: data, encoding: .utf8)
            #expect(original.contains("北海市海城區科學技術局"))
            try original.replacingOccurrences(of: "北海市海城區科學技術局", with: "預覽測試局")
                .write(to: data, atomically: true, encoding: .utf8)
            try await eventually("the saved organization") { try await Client.page(preview.url).contains("預覽測試局") }

            try original.replacingOccurrences(of: "achievements:", with: "achievments:")
                .write(to: data, atomically: true, encoding: .utf8)
            try await eventually("the problems page") { try await Client.page(preview.url).contains("achievments") }
            let problems = try await Client.page(preview.url)
            #expect(problems.range(of: #"Data/2016H1\.yaml:\d+:1: error: unknown key &#39;achievments&#39; in the data file; did you mean &#39;achievements&#39;\?\n  hint: "#,
                                   options: .regularExpression) != nil)

            try original.write(to: data, atomically: true, encoding: .utf8)
            try await eventually("the report again") { Self.withoutScript(try await Client.page(preview.url)) == report }

            let end = try await preview.stop(with: SIGINT)
            #expect(end.reason == .exit)
            #expect(end.status == 0)
            #expect(!end.errors.contains("Fatal") && !end.errors.contains("Stack"), "\(end.errors)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path),
                    "preview writes nothing")
        }
    }

    @Test func stopsCleanlyOnSIGTERM() async throws {
        try await Self.withSampleProject { folder in
            let preview = try await Preview.start(in: folder)
            let end = try await preview.stop(with: SIGTERM)
            #expect(end.reason == .exit)
            #expect(end.status == 0)
            #expect(!end.errors.contains("error:") && !end.errors.contains("Fatal"), "\(end.errors)")  // the sample's warnings allowed
        }
    }
}
