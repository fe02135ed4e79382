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

    static func run(_ arguments: [String], in folder: URL) throws -> Run {
        struct NotBuilt: Error, CustomStringConvertible {
            var description: String { "summarize is not built next to the tests: run swift build --build-tests" }
        }
        guard let executable else { throw NotBuilt() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
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
        #expect(run.output.hasPrefix("all is well: Data/2016H1.yaml and Templates/zh-Hant/"), "warnings allowed")
        #expect(!run.errors.contains(": error: "))
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
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Output").path) == ["2016H1.html"])
        }
    }
}
