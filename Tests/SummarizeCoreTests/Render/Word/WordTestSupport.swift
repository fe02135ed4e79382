import Foundation
@_spi(Stages) @testable import SummarizeCore

/// The sample report as Word content, and running the Python checker on a document.
enum WordTestSupport {
    /// 2016-07-08 00:00 UTC, the sample's date: the document properties' time in every test.
    static let created = Date(timeIntervalSince1970: 1_467_936_000)

    /// Data/2016H1.yaml filled with the repository's templates, as the pipeline fills it.
    static func sampleContent() throws -> WordContent {
        let job = SummaryJob(period: Period(year: 2016, half: .first), dataDirectory: TestSupport.sampleData,
                             templatesDirectory: TestSupport.templates, outputDirectory: URL(fileURLWithPath: "/nonexistent"))
        let prepared = try job.prepare()
        return WordContent(prepared.filled, created: created)
    }

    /// Where to copy a document a test made, for scripts/look-docx: `$DOCX_OUTPUT/<name>` when that is set.
    static func keep(_ data: Data, as name: String) throws {
        guard let folder = ProcessInfo.processInfo.environment["DOCX_OUTPUT"] else { return }
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try data.write(to: url.appendingPathComponent(name))
    }
}

/// Runs Support/check_docx.py (openxml-audit and python-docx) on documents.
enum DocxChecker {
    static let script = TestSupport.tests.appendingPathComponent("Support/check_docx.py")

    /// Whether python3 with python-docx and openxml-audit is there, after `scripts/setup python-docx` has tried to
    /// install what is missing. Found out once per test run.
    static let isAvailable: Bool = {
        if run(["python3", "-c", "import docx, openxml_audit"]).status == 0 { return true }
        _ = run([TestSupport.repository.appendingPathComponent("scripts/setup").path, "python-docx"])
        return run(["python3", "-c", "import docx, openxml_audit"]).status == 0
    }()

    /// The checker's verdict on a document, or nil, with a printed notice, when the checker cannot run here.
    static func check(_ docx: Data, _ arguments: [String] = [], test: String = #function) throws -> (status: Int32, output: String)? {
        try check([(docx, [])], arguments, test: test)
    }

    /// The checker's verdict on several documents, each with the strings its text must contain.
    static func check(_ documents: [(docx: Data, contains: [String])], _ arguments: [String] = [],
                      test: String = #function) throws -> (status: Int32, output: String)? {
        guard isAvailable else {
            print("NOTICE: \(test) skipped: python3 with python-docx and openxml-audit is not installed and "
                  + "`scripts/setup python-docx` could not install it")
            return nil
        }
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for (index, document) in documents.enumerated() {
            let file = folder.appendingPathComponent("checked-\(index).docx")
            try document.docx.write(to: file)
            files.append(file.path)
        }
        var options = arguments
        if documents.contains(where: { !$0.contains.isEmpty }) {
            let list = folder.appendingPathComponent("contains.json")
            try JSONSerialization.data(withJSONObject: documents.map(\.contains)).write(to: list)
            options += ["--contains", list.path]
        }
        return run(["python3", script.path] + files + options)
    }

    /// Runs a command found on PATH; its output and errors together.
    static func run(_ command: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return (-1, "\(error)")
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
