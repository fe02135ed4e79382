/// The page being served and its version, which the open page asks about to know when to reload.
actor PreviewState {
    /// The document, before the reload script is added.
    private(set) var document: String = ""
    /// Names the current document: a random prefix for this run of the server, so that a page left open from an
    /// earlier run reloads too, and a count of the changes.
    private(set) var version: String
    private let run: String
    private var changes = 0

    init() {
        run = String(UInt32.random(in: .min ... .max), radix: 36)
        version = "\(run)-0"
    }

    /// Shows a new document. Returns whether it differs from the one shown: saving a file without changing what
    /// it renders to does not reload the page.
    @discardableResult
    func show(_ document: String) -> Bool {
        guard document != self.document else { return false }
        self.document = document
        changes += 1
        version = "\(run)-\(changes)"
        return true
    }

    /// The document and its version, read together so that a page never carries the version of another document.
    var current: (document: String, version: String) { (document, version) }

    /// Waits until the version is no longer `seen`, or until `timeout`; returns the version then. A long-poll:
    /// the page asks again as soon as it has the answer.
    func version(after seen: String, timeout: Duration) async throws -> String {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while version == seen, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        return version
    }
}
