import Foundation
import SummarizeCore
import Testing
@testable import SummarizePreview

/// The server in this process, on a free loopback port, with a render function that reads a temporary file: what a
/// browser sees as the file is saved, broken and fixed.
@Suite struct PreviewServerTests {
    /// A render function over one file: its text in a page, or a problem when the text starts with `ERROR`.
    static func server(watching file: URL) -> PreviewServer {
        var server = PreviewServer(port: nil, watch: { [file] }, render: {
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            guard !text.hasPrefix("ERROR") else {
                return .problems([Diagnostic(at: SourceLocation(file: "Data/2016H1.yaml", line: 3, column: 7),
                                             "'achievements' must list <at least> one entry",
                                             hint: "add an entry such as  - title: 認真做好科技項目驗收及申報工作")],
                                 title: "2016H1", locale: .zhHant)
            }
            return .report(html: "<!DOCTYPE html>\n<html><body><p>\(text)</p></body></html>\n")
        })
        server.pollInterval = .milliseconds(20)
        server.debounce = .milliseconds(20)
        server.longPollTimeout = .seconds(3)
        return server
    }

    @Test func servesTheReportThenEachSaveThenTheProblemsThenTheReportAgain() async throws {
        try await withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("data.txt")
            try "first".write(to: file, atomically: false, encoding: .utf8)
            let running = try await RunningServer.start(Self.server(watching: file))

            #expect(running.url.absoluteString.hasPrefix("http://127.0.0.1:"))
            let first = try await Client.get(running.url)
            #expect(first.status == 200)
            #expect(first.contentType == "text/html; charset=utf-8")
            #expect(first.body.contains("<p>first</p>"))
            let firstVersion = try #require(Client.version(of: first.body))

            // The page's long-poll answers as soon as the save is rendered, with a new version.
            async let answer = Client.changes(running.url, since: firstVersion)
            try await Task.sleep(for: .milliseconds(50))
            try "second, longer".write(to: file, atomically: false, encoding: .utf8)
            let secondVersion = try await answer
            #expect(secondVersion != firstVersion)
            let second = try await Client.page(running.url)
            #expect(second.contains("<p>second, longer</p>"))
            #expect(Client.version(of: second) == secondVersion)

            // A failed render shows every problem in place of the report, escaped, with its hint.
            try "ERROR in the data".write(to: file, atomically: true, encoding: .utf8)
            try await eventually("the problems page") { try await Client.page(running.url).contains("錯誤") }
            let problems = try await Client.page(running.url)
            #expect(problems.contains("""
                <pre>Data/2016H1.yaml:3:7: error: &#39;achievements&#39; must list &lt;at least&gt; one entry
                  hint: add an entry such as  - title: 認真做好科技項目驗收及申報工作</pre>
                """))
            #expect(problems.contains("Data/2016H1.yaml，第 3 行，第 7 個字"))
            #expect(problems.contains("<h1>2016H1：報告暫時無法更新</h1>"))
            #expect(!problems.contains("<p>second, longer</p>"))
            #expect(problems.contains("var shown = "), "the problems page reloads itself too")

            // Fixed: the report comes back.
            try "fixed".write(to: file, atomically: true, encoding: .utf8)
            try await eventually("the report again") { try await Client.page(running.url).contains("<p>fixed</p>") }
            try await running.stop()
        }
    }

    @Test func theLongPollSaysNothingChangedAfterItsTimeout() async throws {
        try await withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("data.txt")
            try "same".write(to: file, atomically: false, encoding: .utf8)
            var server = Self.server(watching: file)
            server.longPollTimeout = .milliseconds(200)
            let running = try await RunningServer.start(server)
            let version = try #require(Client.version(of: try await Client.page(running.url)))
            #expect(try await Client.changes(running.url, since: version) == version)
            // A page from another run of the server (an unknown version) is told to reload at once.
            #expect(try await Client.changes(running.url, since: "old-7") == version)
            try await running.stop()
        }
    }

    @Test func aSaveThatRendersTheSamePageDoesNotReloadIt() async throws {
        try await withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("data.txt")
            try "same".write(to: file, atomically: false, encoding: .utf8)
            let running = try await RunningServer.start(Self.server(watching: file))
            let version = try #require(Client.version(of: try await Client.page(running.url)))
            try "same".write(to: file, atomically: true, encoding: .utf8)  // a new file: another inode and time
            try await Task.sleep(for: .milliseconds(150))
            #expect(Client.version(of: try await Client.page(running.url)) == version)
            try await running.stop()
        }
    }

    @Test func aWatchedFileThatAppearsIsRendered() async throws {
        try await withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("later.txt")
            let running = try await RunningServer.start(Self.server(watching: file))
            #expect(try await Client.page(running.url).contains("<p></p>"))
            try "here now".write(to: file, atomically: true, encoding: .utf8)
            try await eventually("the new file's page") { try await Client.page(running.url).contains("<p>here now</p>") }
            try await running.stop()
        }
    }

    @Test func answersOnlyItsOwnPagesAndOnlyToThisMachine() async throws {
        try await withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("data.txt")
            try "x".write(to: file, atomically: false, encoding: .utf8)
            let running = try await RunningServer.start(Self.server(watching: file))
            #expect(try await Client.get(URL(string: "elsewhere", relativeTo: running.url)!).status == 404)
            #expect(try await Client.get(URL(string: "index.html", relativeTo: running.url)!).status == 200)
            #expect(try await Client.get(running.url, host: "attacker.example").status == 403)
            #expect(try await Client.get(running.url, host: "localhost:\(running.url.port!)").status == 200)
            try await running.stop()
        }
    }

    @Test func aPortInUseIsAnErrorThatSaysWhatToDo() async throws {
        try await withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("data.txt")
            let first = try await RunningServer.start(Self.server(watching: file))
            var second = Self.server(watching: file)
            second.port = UInt16(first.url.port!)
            do {
                try await second.run()
                Issue.record("a second server listened on the same port")
            } catch let error as DiagnosticError {
                #expect(error.description.hasPrefix("error: cannot serve the preview on 127.0.0.1:\(first.url.port!): "))
                #expect(error.description.contains("hint: another program may be using port \(first.url.port!); choose another with --port"))
            }
            try await first.stop()
        }
    }

    @Test(arguments: [
        ("127.0.0.1:8080", true), ("localhost", true), ("LOCALHOST:1", true), ("[::1]:80", true),
        ("example.com", false), ("127.0.0.1.example.com:80", false), ("", false),
    ])
    func loopbackHosts(_ host: String, _ accepted: Bool) {
        #expect(PreviewServer.isLoopbackHost(host) == accepted)
    }
}
