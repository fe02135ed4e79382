import Dispatch
import FlyingSocks
import Foundation
import SummarizeCore

/// A live preview: serves a rendered page on the loopback interface, watches files, renders again after every save
/// and makes the open page reload itself.
///
/// It knows nothing of data files or templates: it is given a function that renders the page and one that lists the
/// files the page depends on. Both are called again after every change, so the list may change too (a department
/// file added, a language switched).
///
/// ```swift
/// let server = PreviewServer(port: nil, watch: { [notes] }, render: {
///     let text = (try? String(contentsOf: notes, encoding: .utf8)) ?? ""
///     return .report(html: "<!DOCTYPE html><html><body><pre>\(text)</pre></body></html>")
/// })
/// try await server.run { url in print(url) }   // until the task is cancelled
/// ```
public struct PreviewServer: Sendable {
    /// The port to listen on; nil lets the system choose a free one.
    public var port: UInt16?
    /// How often the watched files are examined.
    public var pollInterval: Duration = .milliseconds(300)
    /// How long the files must stay unchanged after a change before the page is rendered: editors often save in
    /// several steps (truncate, write, rename).
    public var debounce: Duration = .milliseconds(150)
    /// How long the server holds a page's question "has anything changed?" before answering "no"; the page then asks
    /// again at once.
    public var longPollTimeout: Duration = .seconds(20)

    private let watch: @Sendable () -> [URL]
    private let render: @Sendable () -> PreviewPage

    /// - Parameters:
    ///   - port: the port to listen on, or nil for a free one chosen by the system.
    ///   - watch: the files the page depends on; a path that does not exist is watched for appearing.
    ///   - render: renders the page; called once before the address is given out and again after every change,
    ///     away from the server's threads, so it may take its time.
    public init(port: UInt16?, watch: @escaping @Sendable () -> [URL], render: @escaping @Sendable () -> PreviewPage) {
        self.port = port
        self.watch = watch
        self.render = render
    }

    /// Starts listening on 127.0.0.1, renders the page, calls `onReady` with the page's address, then re-renders on
    /// every change until the task running it is cancelled, and returns.
    ///
    /// - Throws: a `DiagnosticError` when the port cannot be listened on (another program has it).
    public func run(onReady: @escaping @Sendable (URL) async -> Void = { _ in }) async throws {
        // Listen first, so that a port in use fails at once; connections wait in the backlog until the page is ready.
        let (listener, boundPort) = try listen()
        defer { try? listener.close() }
        let state = PreviewState()
        let files = FileSnapshot(of: watch())
        await state.show(await renderedDocument())
        let pool = Self.makePool()
        do {
            try await pool.prepare()
            let connections = try AsyncSocket(socket: listener, pool: pool)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await pool.run() }
                group.addTask { try await serveConnections(from: connections, state: state) }
                group.addTask { try await watchFiles(from: files, showingIn: state) }
                await onReady(URL(string: "http://127.0.0.1:\(boundPort)/")!)
                // None of them ends before the task is cancelled, unless with an error.
                _ = try await group.next()
                group.cancelAll()
            }
            if !Task.isCancelled {
                throw DiagnosticError(Diagnostic(file: nil, "the preview server stopped: its socket was closed"))
            }
        } catch where Task.isCancelled {
            // Stopped: the normal end.
        }
    }

    // MARK: - Serving

    /// A socket listening on 127.0.0.1, and its port.
    private func listen() throws -> (Socket, UInt16) {
        do {
            let socket = try Socket(domain: AF_INET, type: .stream)
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port ?? 0))
            try socket.listen()
            guard case let .ip4(_, boundPort) = try socket.sockname() else { throw SocketError.unsupportedAddress }
            return (socket, boundPort)
        } catch let error as SocketError {
            let reason = if case let .failed(_, _, message) = error { message } else { "\(error)" }
            throw DiagnosticError(Diagnostic(
                file: nil, "cannot serve the preview on 127.0.0.1:\(port.map(String.init) ?? "0"): \(reason)",
                hint: port.map { "another program may be using port \($0); choose another with --port, or leave "
                    + "--port out to let the system pick a free one" }))
        }
    }

    private static func makePool() -> any AsyncSocketPool {
        #if canImport(Darwin)
        .kQueue()
        #elseif os(Linux)
        .ePoll()
        #else
        .poll()
        #endif
    }

    /// Answers every connection in a task of its own, until cancelled.
    private func serveConnections(from listener: AsyncSocket, state: PreviewState) async throws {
        let longPollTimeout = self.longPollTimeout
        try await withThrowingDiscardingTaskGroup { group in
            for try await connection in listener.sockets {
                group.addTask {
                    try? await Self.serve(connection, state: state, longPollTimeout: longPollTimeout)
                    try? connection.close()
                }
            }
        }
    }

    /// Reads one request, answers it, and lets the caller close the connection.
    static func serve(_ connection: AsyncSocket, state: PreviewState, longPollTimeout: Duration) async throws {
        #if canImport(Darwin)
        try connection.socket.setValue(true, for: .noSIGPIPE)  // a page closed mid-answer must not end the process
        #endif
        var received: [UInt8] = []
        var end: Int?
        while end == nil {
            guard received.count < HTTPMessage.maximumHeadSize else {
                let refusal = HTTPMessage.Response.text("request too large\n", status: 431,
                                                        reason: "Request Header Fields Too Large")
                try await connection.write(refusal.encoded())
                return
            }
            received += try await connection.read(atMost: 4096)
            end = HTTPMessage.endOfHead(in: received)
        }
        guard let request = HTTPMessage.Request(head: received[..<end!]) else {
            let refusal = HTTPMessage.Response.text("bad request\n", status: 400, reason: "Bad Request")
            try await connection.write(refusal.encoded())
            return
        }
        let response = try await respond(to: request, state: state, longPollTimeout: longPollTimeout)
        try await connection.write(response.encoded(includingBody: request.method != "HEAD"))
    }

    /// `GET /`: the page with the reload script; `GET /changes?since=VERSION`: the current version, as soon as it
    /// is not VERSION (or after ``longPollTimeout``).
    static func respond(to request: HTTPMessage.Request, state: PreviewState,
                        longPollTimeout: Duration) async throws -> HTTPMessage.Response {
        guard isLoopbackHost(request.host) else {
            // A web page elsewhere that renamed its host to 127.0.0.1 (DNS rebinding) must not read the report.
            return .text("this preview answers only at 127.0.0.1\n", status: 403, reason: "Forbidden")
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            return .text("the preview only shows pages\n", status: 405, reason: "Method Not Allowed")
        }
        switch request.path {
        case "/", "/index.html":
            let (document, version) = await state.current
            return .html(ReloadScript.added(to: document, version: version))
        case "/changes":
            return .text(try await state.version(after: request.query["since"] ?? "", timeout: longPollTimeout))
        default:
            return .text("not found: the preview is at /\n", status: 404, reason: "Not Found")
        }
    }

    /// Whether a `Host` header names this machine's loopback interface (or is absent, as from simple clients).
    static func isLoopbackHost(_ host: String?) -> Bool {
        guard let host else { return true }
        let name = host.hasPrefix("[")
            ? String(host.dropFirst().prefix { $0 != "]" })  // [::1]:8080
            : String(host.prefix { $0 != ":" })
        return ["127.0.0.1", "localhost", "::1"].contains(name.lowercased())
    }

    // MARK: - Watching and rendering

    /// Examines the files every ``pollInterval``; after a change, waits until they have been still for
    /// ``debounce``, then renders and shows the result.
    private func watchFiles(from start: FileSnapshot, showingIn state: PreviewState) async throws {
        var seen = start
        while true {
            try await Task.sleep(for: pollInterval)
            var now = FileSnapshot(of: watch())
            guard now != seen else { continue }
            repeat {
                seen = now
                try await Task.sleep(for: debounce)
                now = FileSnapshot(of: watch())
            } while now != seen
            await state.show(await renderedDocument())
        }
    }

    /// Renders on a thread of its own: a large report takes seconds, and the server's threads keep answering.
    private func renderedDocument() async -> String {
        let render = self.render
        let page = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: render()) }
        }
        return Self.document(for: page)
    }

    static func document(for page: PreviewPage) -> String {
        switch page {
        case let .report(html): html
        case let .problems(diagnostics, title, locale): ProblemsPage.html(diagnostics, title: title, locale: locale)
        }
    }
}
