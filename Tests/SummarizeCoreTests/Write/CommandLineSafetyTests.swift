import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The `summarize` executable against a hostile or clumsy user: signals in the middle of a run, runs at once,
/// standard error closed or full, empty and mistyped folders.
@Suite struct CommandLineSafetyTests {
    static func names(in folder: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
    }

    /// A data file large enough that writing the report takes a moment, with Templates/ and an old report.
    static func withLargeProject(entries: Int = 3000, _ body: (URL) throws -> Void) throws {
        var yaml = "organization: 某區科學技術局\nachievements:\n"
        for index in 0..<entries {
            yaml += "  - title: 第\(index)項工作\n    text: 認真做好科技項目驗收及申報工作，共計\(index)份資料，**重點**推進。\n"
        }
        try CommandLineTests.withProject(data: yaml) { folder in
            try TestFiles.write("last week's report", to: "Output/2016H1.html", in: folder)
            try body(folder)
        }
    }

    /// Starts `summarize` with the signals' default actions (a test runner started in the background may ignore
    /// SIGINT, and a child inherits that), its output discarded.
    static func start(_ arguments: [String], in folder: URL) throws -> Process {
        let executable = try #require(CommandLineTests.executable)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--default-signal=INT,TERM,HUP", executable.path] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Stops the process again and again (SIGSTOP), and once `ready` holds while it is stopped, sends `signal`.
    /// Checking a stopped process cannot race with it, however busy the machine is. False if it ended first.
    static func send(_ signal: Int32, to process: Process, when ready: () -> Bool) -> Bool {
        let pid = process.processIdentifier
        while process.isRunning {
            kill(pid, SIGSTOP)
            while process.isRunning && !isStopped(pid) { usleep(50) }
            if process.isRunning && ready() {
                kill(pid, signal)
                kill(pid, SIGCONT)
                return true
            }
            kill(pid, SIGCONT)
            usleep(300)
        }
        return false
    }

    static func isStopped(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return true }  // no /proc: assume the stop took effect
        let state = stat[stat.index(close, offsetBy: 2)]
        return state == "T" || state == "t"
    }

    @Test(arguments: [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129)] as [(Int32, Int32)])
    func anInterruptedRunLeavesTheOldReportAndNoTemporary(_ signal: Int32, _ status: Int32) throws {
        try Self.withLargeProject { folder in
            let output = folder.appendingPathComponent("Output")
            let process = try Self.start(["--period", "2016H1", "--format", "txt,html"], in: folder)
            let sent = Self.send(signal, to: process) { Self.names(in: output).contains { $0.hasSuffix(".tmp") } }
            process.waitUntilExit()
            try #require(sent, "the run ended before it wrote anything")
            #expect(process.terminationReason == .exit)
            #expect(process.terminationStatus == status)
            #expect(Self.names(in: output) == ["2016H1.html"])
            #expect(try String(contentsOf: output.appendingPathComponent("2016H1.html"), encoding: .utf8) == "last week's report")
        }
    }

    /// SIGKILL cannot be caught: its temporaries stay, and the next run into the folder removes them.
    @Test func theRunAfterAKilledOneRemovesWhatItLeft() throws {
        try Self.withLargeProject { folder in
            let output = folder.appendingPathComponent("Output")
            let process = try Self.start(["--period", "2016H1", "--format", "txt,html"], in: folder)
            let sent = Self.send(SIGKILL, to: process) { Self.names(in: output).contains { $0.hasSuffix(".tmp") } }
            process.waitUntilExit()
            try #require(sent, "the run ended before it wrote anything")
            #expect(Self.names(in: output).contains { $0.hasPrefix(".2016H1.") && $0.hasSuffix(".tmp") })
            // Files are dated to the file system's clock tick; the next run's lock must come after them.
            Thread.sleep(forTimeInterval: 0.05)
            let run = try CommandLineTests.run(["--period", "2016H1", "--format", "txt,html"], in: folder)
            #expect(run.status == 0)
            #expect(Self.names(in: output) == [".2016H1.summarize", "2016H1.html", "2016H1.txt"])
        }
    }

    /// A run waits while another holds the output folder's lock, then writes.
    @Test func aRunWaitsForTheOutputFoldersLock() throws {
        try CommandLineTests.withProject(data: TestFiles.minimalData) { folder in
            let output = folder.appendingPathComponent("Output")
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            let lock = try FolderLock(folder: output.path)
            let process = try Self.start(["--period", "2016H1"], in: folder)
            Thread.sleep(forTimeInterval: 1.5)
            #expect(process.isRunning, "still waiting")
            #expect(Self.names(in: output) == [".summarize.lock"])
            lock.release()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(Self.names(in: output) == [".2016H1.summarize", "2016H1.html"])
        }
    }

    /// Two runs with different data into one folder at once: the files that remain come from one of them.
    @Test func concurrentRunsLeaveAMatchingSet() throws {
        try CommandLineTests.withProject(data: TestFiles.minimalData) { folder in
            try TestFiles.write(TestFiles.minimalData.replacingOccurrences(of: "某區科學技術局", with: "另一個局"),
                                to: "Other/2016H1.yaml", in: folder)
            let runs = try (0..<6).map { index in
                try Self.start(["--period", "2016H1", "--format", "html,txt,md"] + (index % 2 == 0 ? [] : ["--data", "Other"]), in: folder)
            }
            runs.forEach { $0.waitUntilExit() }
            #expect(runs.allSatisfy { $0.terminationStatus == 0 })
            let output = folder.appendingPathComponent("Output")
            let texts = try ["html", "txt", "md"].map { try String(contentsOf: output.appendingPathComponent("2016H1.\($0)"), encoding: .utf8) }
            let other = texts.map { $0.contains("另一個局") }
            #expect(other.allSatisfy { $0 } || !other.contains(true), "\(other)")
            #expect(Self.names(in: output) == [".2016H1.summarize", "2016H1.html", "2016H1.md", "2016H1.txt"])
        }
    }

    /// Ten `summarize init` at once: one writes the file, nine exit 1 saying the half has data.
    @Test func ofTenConcurrentInitProcessesExactlyOneSucceeds() throws {
        try TestFiles.withTemporaryFolder { folder in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("Data"), withIntermediateDirectories: true)
            let runs = try (0..<10).map { _ in try Self.start(["init", "--period", "2016H2"], in: folder) }
            runs.forEach { $0.waitUntilExit() }
            #expect(runs.map(\.terminationStatus).sorted() == [0] + Array(repeating: 1, count: 9))
            #expect(Self.names(in: folder.appendingPathComponent("Data")) == ["2016H2.yaml"])
        }
    }

    /// `FileHandle.standardError.write` used to trap (exit 132) when standard error was closed or full.
    @Test(arguments: ["2>&-", "2>/dev/full", ">&- 2>&-"])
    func aFailedRunExitsWithOneWhateverStandardErrorIs(_ redirection: String) throws {
        try CommandLineTests.withProject(data: "organization: [\n") { folder in
            let executable = try #require(CommandLineTests.executable)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "exec \"$0\" --period 2016H1 \(redirection)", executable.path]
            process.currentDirectoryURL = folder
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationReason == .exit)
            #expect(process.terminationStatus == 1)
        }
    }

    @Test func aSuccessfulRunExitsWithZeroIntoAClosedStandardOutput() throws {
        try CommandLineTests.withProject(data: TestFiles.minimalData) { folder in
            let executable = try #require(CommandLineTests.executable)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "exec \"$0\" --period 2016H1 >&- 2>&-", executable.path]
            process.currentDirectoryURL = folder
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationReason == .exit)
            #expect(process.terminationStatus == 0)
        }
    }

    @Test(arguments: [["--period", "2016H1", "--output", ""], ["--period", "2016H1", "--data", ""], ["init", "--period", "2016H2", "--data", ""]])
    func anEmptyFolderIsAUsageMistake(_ arguments: [String]) throws {
        try CommandLineTests.withProject(data: TestFiles.minimalData) { folder in
            let run = try CommandLineTests.run(arguments, in: folder)
            let option = arguments[arguments.count - 2]
            #expect(run.status == 64)
            #expect(run.errors.hasPrefix("Error: \(option) is empty: name a folder, e.g. \(option) "), "\(run.errors)")
            #expect(Self.names(in: folder) == ["Data", "Templates"])
        }
    }

    @Test func initIntoAMistypedFolderSuggestsTheRealOne() throws {
        try CommandLineTests.withProject(data: TestFiles.minimalData) { folder in
            let run = try CommandLineTests.run(["init", "--period", "2016H2", "--data", "Dta"], in: folder)
            #expect(run.status == 1)
            #expect(run.errors == """
                Dta: error: the data folder does not exist, and init does not create it
                  hint: did you mean Data?  summarize init --period 2016H2 --data Data

                """)
            #expect(Self.names(in: folder) == ["Data", "Templates"])
        }
    }

    /// `summarize list` lines its columns up by display width (emoji and combining marks included).
    @Test func listLinesUpWideNames() throws {
        try CommandLineTests.withProject(data: TestFiles.minimalData) { folder in
            try FileManager.default.moveItem(at: folder.appendingPathComponent("Data"), to: folder.appendingPathComponent("資料📊"))
            let run = try CommandLineTests.run(["list", "--data", "資料📊"], in: folder)
            #expect(run.status == 0)
            #expect(run.output == """
                period  data                check  report
                2016H1  資料📊/2016H1.yaml  ok     not written yet

                """)
        }
    }
}
