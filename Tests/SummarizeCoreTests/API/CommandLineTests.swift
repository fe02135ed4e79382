import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The `summarize` executable as a person runs it: what it prints and the exit status README documents.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The `summarize` built next to the test bundle (`swift build --build-tests` builds both).
    static let executable: URL? = {
        let folder = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [folder, Bundle.main.bundleURL].map { $0.appendingPathComponent("summarize") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `summarize` in `folder`; `environment` is added to the tests' own.
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:],
                    executable: URL? = executable) throws -> Run {
        struct NotBuilt: Error, CustomStringConvertible {
            var description: String { "summarize is not built next to the tests: run swift build --build-tests" }
        }
        guard let executable else { throw NotBuilt() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   errors: String(decoding: errorData, as: UTF8.self))
    }

    static func withProject(data: String, _ body: (URL) throws -> Void) throws {
        try TestFiles.withTemporaryFolder { folder in
            try FileManager.default.copyItem(at: TestSupport.templates, to: folder.appendingPathComponent("Templates"))
            try TestFiles.write(data, to: "Data/2016H1.yaml", in: folder)
            try body(folder)
        }
    }

    @Test func checkSaysAllIsWellAndWritesNothing() throws {
        try Self.withProject(data: TestFiles.minimalData) { folder in
            let run = try Self.run(["--period", "2016H1", "--check"], in: folder)
            #expect(run.status == 0)
            #expect(run.output == "all is well: Data/2016H1.yaml and Templates/zh-Hant/\n")
            #expect(run.errors == "")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
        }
    }

    @Test func checkOnTheSampleData() throws {
        let run = try Self.run(["--period", "2016H1", "--check"], in: TestSupport.repository)
        #expect(run.status == 0)
        #expect(run.output == "all is well: Data/2016H1.yaml and Templates/zh-Hant/\n")
        #expect(run.errors == "")
    }

    @Test func checkReportsDataAndTemplateProblemsTogether() throws {
        try Self.withProject(data: "organization: 某區\nachievments:\n  - 一\n") { folder in
            try TestFiles.write("{{intro}}{{titel}}\n", to: "Templates/en/intro.md.mustache", in: folder)
            let run = try Self.run(["--period", "2016H1", "--check", "--locale", "en"], in: folder)
            #expect(run.status == 1)
            #expect(run.output == "")
            #expect(run.errors == """
                Data/2016H1.yaml:2:1: error: unknown key 'achievments' in the data file; did you mean 'achievements'?
                  hint: the keys allowed here are: organization, title, date, locale, kind, intro, department, email, achievements, review, highlights, metrics, problems, suggestions, plans; a section of your own needs a heading, e.g.  safeguards: {heading: 保障措施, text: …}
                Templates/en/intro.md.mustache:1:10: error: the data has no 'titel' here; did you mean 'title'?
                  hint: the names available here, innermost first: date, intro, isPlan, isoDate, kind, lang, organization, period, title, titleLines (the report); style (the style table)

                """)
        }
    }

    @Test func aFailedRunExitsWithOne() throws {
        try Self.withProject(data: "organization: 某區\n") { folder in
            let run = try Self.run(["--period", "2016H1"], in: folder)
            #expect(run.status == 1)
            #expect(run.errors.hasPrefix("Data/2016H1.yaml:1:1: error: the required key 'achievements' is missing\n"))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/2016H1.html").path))
        }
    }

    /// All problems at once, but not thousands of lines: after 50, a count.
    @Test func capsTheNumberOfProblemsShown() throws {
        let data = "organization: 某區\nachievements:\n" + (1...60).map { "  - titel: 第\($0)項\n" }.joined()
        try Self.withProject(data: data) { folder in
            let run = try Self.run(["--period", "2016H1"], in: folder)
            #expect(run.status == 1)
            let lines = run.errors.split(separator: "\n")
            #expect(lines.filter { $0.contains(": error: ") }.count == 50)
            #expect(lines.last == "… and 10 more problems")
        }
    }

    @Test func aMissingDataFileNamesThePeriodsThatExist() throws {
        try Self.withProject(data: TestFiles.minimalData) { folder in
            let run = try Self.run(["--period", "2017H2"], in: folder)
            #expect(run.status == 1)
            #expect(run.errors == "Data/2017H2.yaml: error: there is no data file for 2017H2\n  hint: the periods with data are: 2016H1\n")
        }
    }

    @Test(arguments: [["--period", "../../etc"], ["--period", "2016H1/../../x"], ["--period", "/etc/passwd"], ["--perod", "2016H1"], []])
    func usageMistakesExitWith64(_ arguments: [String]) throws {
        try Self.withProject(data: TestFiles.minimalData) { folder in
            let run = try Self.run(arguments, in: folder)
            #expect(run.status == 64)
            #expect(run.errors.hasPrefix("Error: "))
        }
    }

    @Test func writesTheReportIntoTheOutputFolder() throws {
        try Self.withProject(data: TestFiles.minimalData) { folder in
            let run = try Self.run(["--period", "2016H1"], in: folder)
            #expect(run.status == 0)
            #expect(run.output == "Output/2016H1.html\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Output").path).sorted() == [".2016H1.summarize", "2016H1.html"])
        }
    }

    /// A value that starts with a dash is still the period's value, so the message says what is wrong with it.
    @Test(arguments: [["--period", "-1H1"], ["init", "--period", "-1H1"], ["preview", "--period", "-1H1"]])
    func aPeriodStartingWithADashIsNotAPeriod(_ arguments: [String]) throws {
        try Self.withProject(data: TestFiles.minimalData) { folder in
            let run = try Self.run(arguments, in: folder)
            #expect(run.status == 64)
            #expect(run.errors.hasPrefix("Error: The value '-1H1' is invalid for '--period <period>': '-1H1' is not a period: expected \(Period.expectedForm)\n"))
        }
    }

    @Test func theCompletionScriptCompletesTheValues() throws {
        let run = try Self.run(["--generate-completion-script", "bash"], in: TestSupport.repository)
        #expect(run.status == 0)
        let script = run.output
        for command in ["generate", "preview", "init"] {
            #expect(script.contains("__summarize_custom_complete ---completion \(command) -- --period "), "\(command) --period")
        }
        #expect(script.contains("-W 'html'$'\\n''txt'$'\\n''md'$'\\n''eml'$'\\n''docx'$'\\n''pdf'"))
        #expect(script.contains("-W 'zh-Hant'$'\\n''zh-Hans'$'\\n''en'"))
        #expect(script.contains("-W 'summary'$'\\n''plan'"))
        #expect(script.contains("'--data')\n        __summarize_add_completions -d\n"))
        #expect(script.contains("'--output')\n        __summarize_add_completions -d\n"))
        #expect(script.contains("'--export')\n        __summarize_add_completions -d\n"))
        #expect(script.contains("'--reference-docx')\n        __summarize_add_completions -o plusdirs -fX '!*.@(docx)'\n"))
        for shell in ["zsh", "fish"] {
            #expect(try Self.run(["--generate-completion-script", shell], in: TestSupport.repository).output.contains("---completion generate -- --period"))
        }
    }

    /// What the shell asks for on Tab after `--period`: the periods with data in Data/, or in the --data folder.
    @Test func thePeriodCompletionOffersTheSamplesPeriods() throws {
        func complete(_ words: [String], in folder: URL = TestSupport.repository) throws -> String {
            // ---completion <subcommand> -- <option> <index of the word being completed> <cursor in it> <words…>
            let run = try Self.run(["---completion", words[1], "--", "--period", "\(words.count - 1)", "\(words.last!.count)"] + words,
                                   in: folder, environment: ["SAP_SHELL": "bash"])
            #expect(run.status == 0)
            return run.output
        }
        #expect(try complete(["summarize", "generate", "--period", ""]) == "2015H1\n2015H2\n2016H1\n")
        #expect(try complete(["summarize", "preview", "--period", "2016"]) == "2016H1\n")
        try TestFiles.withTemporaryFolder { folder throws in
            #expect(try complete(["summarize", "generate", "--data", TestSupport.sampleData.path, "--period", ""], in: folder) == "2015H1\n2015H2\n2016H1\n")
            #expect(try complete(["summarize", "generate", "--period", ""], in: folder) == "")
        }
        // init offers what it would start: the half after the newest, and that half's year.
        #expect(try complete(["summarize", "init", "--period", ""]) == "2016H2\n2016\n")
    }

    /// The binary alone, in a folder with nothing but a data file: the templates are compiled in.
    @Test func theBinaryAloneWritesTheReport() throws {
        try TestFiles.withTemporaryFolder { folder in
            let binary = folder.appendingPathComponent("summarize")
            try FileManager.default.copyItem(at: try #require(Self.executable), to: binary)
            try FileManager.default.copyItem(at: TestSupport.sampleData.appendingPathComponent("2016H1.yaml"),
                                             to: folder.appendingPathComponent("Data/2016H1.yaml", isDirectory: false).creatingFolder())
            let run = try Self.run(["--period", "2016H1"], in: folder, executable: binary)
            #expect(run.status == 0)
            #expect(run.errors == "")
            #expect(run.output == "Output/2016H1.html\n")
            let html = try String(contentsOf: folder.appendingPathComponent("Output/2016H1.html"), encoding: .utf8)
            #expect(html.contains("北海市海城區科學技術局"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["Data", "Output", "summarize"])
        }
    }
}

private extension URL {
    /// The URL, once the folder it is in exists.
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
