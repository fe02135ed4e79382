import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// `summarize build`: every report out of date written again, in its own formats; a broken period fails alone.
@Suite struct BuildJobTests {
    /// A project whose reports are: 2015H2 (html, txt) and 2018H1 out of date, 2016H1 out of date with broken
    /// data, 2021H1 up to date, and 2015H1 never written.
    static func staleProject(in root: URL) throws {
        let data = root.appendingPathComponent("Data"), output = root.appendingPathComponent("Output")
        try FileManager.default.copyItem(at: TestSupport.sampleData, to: data)
        try TestFiles.write(TestFiles.minimalData, to: "2018H1.yaml", in: data)
        try TestFiles.write(TestFiles.minimalData, to: "2021H1.yaml", in: data)
        for (period, formats) in [("2015H2", [OutputFormat.html, .txt]), ("2016H1", [.html]), ("2018H1", [.html]), ("2021H1", [.html])] {
            var job = SummaryJob(period: Period(period)!, dataDirectory: data, templates: nil, outputDirectory: output)
            job.formats = formats
            _ = try job.run()
        }
        try TestFiles.write(try String(contentsOf: data.appendingPathComponent("2015H2/02-科普科.yaml"), encoding: .utf8) + "\n# 改過\n",
                            to: "2015H2/02-科普科.yaml", in: data)
        try TestFiles.write("organization: 某區科學技術局\n", to: "2016H1.yaml", in: data)
        try TestFiles.write(TestFiles.minimalData + "  - 又一項\n", to: "2018H1.yaml", in: data)
    }

    @Test func rebuildsTheStaleReportsInTheirFormatsAndReportsTheBrokenOne() throws {
        try TestFiles.withTemporaryFolder { root in
            try Self.staleProject(in: root)
            let output = root.appendingPathComponent("Output")
            let brokenBefore = try Data(contentsOf: output.appendingPathComponent("2016H1.html"))
            let job = BuildJob(dataDirectory: root.appendingPathComponent("Data"), templates: nil, outputDirectory: output)
            let plan = try job.plan()
            #expect(plan.tasks == [BuildJob.Task(period: Period("2015H2")!, formats: [.html, .txt]),
                                   BuildJob.Task(period: Period("2016H1")!, formats: [.html]),
                                   BuildJob.Task(period: Period("2018H1")!, formats: [.html])])
            #expect(plan.upToDate == [Period("2021H1")!])
            #expect(plan.notWritten == [Period("2015H1")!])

            var seen: [Int] = []
            let summary = job.run(plan) { _, finished, total in
                seen.append(finished)
                #expect(total == 3)
            }
            #expect(seen == [1, 2, 3])
            #expect(summary.description == "2 rebuilt, 1 failed, 1 up to date, 1 not written yet")
            #expect(!summary.succeeded)
            #expect(summary.results.map(\.period.description) == ["2015H2", "2016H1", "2018H1"])
            #expect(summary.results.map(\.succeeded) == [true, false, true])
            guard case let .failure(error) = summary.results[1].outcome else { return }
            #expect(error.description.contains("2016H1.yaml:1:1: error: the required key 'achievements' is missing"))
            #expect(try Data(contentsOf: output.appendingPathComponent("2016H1.html")) == brokenBefore)

            let states = try PeriodOverview.survey(dataDirectory: root.appendingPathComponent("Data"), templates: nil, outputDirectory: output)
                .map { "\($0.period) \($0.outputState)" }
            #expect(states == ["2015H1 missing", "2015H2 upToDate", "2016H1 outdated", "2018H1 upToDate", "2021H1 upToDate"])
        }
    }

    @Test func theFormatsAskedForReplaceTheRecordedOnes() throws {
        try TestFiles.withTemporaryFolder { root in
            try Self.staleProject(in: root)
            let job = BuildJob(dataDirectory: root.appendingPathComponent("Data"), templates: nil,
                               outputDirectory: root.appendingPathComponent("Output"), formats: [.md])
            #expect(try job.plan().tasks.map(\.formats) == [[.md], [.md], [.md]])
        }
    }

    @Test func nothingOutOfDateIsNothingToDo() throws {
        try TestFiles.withTemporaryFolder { root in
            let data = root.appendingPathComponent("Data"), output = root.appendingPathComponent("Output")
            try TestFiles.write(TestFiles.minimalData, to: "2016H1.yaml", in: data)
            _ = try SummaryJob(period: TestFiles.period, dataDirectory: data, templates: nil, outputDirectory: output).run()
            let job = BuildJob(dataDirectory: data, templates: nil, outputDirectory: output)
            let summary = job.run(try job.plan())
            #expect(summary.description == "0 rebuilt, 0 failed, 1 up to date")
            #expect(summary.succeeded)
        }
    }

    @Test func refusesAnOutputFolderInsideTheDataOnce() throws {
        try TestFiles.withTemporaryFolder { root in
            let data = root.appendingPathComponent("Data")
            try TestFiles.write(TestFiles.minimalData, to: "2016H1.yaml", in: data)
            let job = BuildJob(dataDirectory: data, templates: nil, outputDirectory: data.appendingPathComponent("out"))
            #expect(throws: DiagnosticError.self) { try job.plan() }
        }
    }

    /// The command: a plain line per report when not on a terminal, each failure's problems, the summary, and
    /// exit status 1.
    @Test func theCommandPrintsALinePerReportAndTheSummary() throws {
        try TestFiles.withTemporaryFolder { root in
            try Self.staleProject(in: root)
            let run = try CommandLineTests.run(["build"], in: root)
            #expect(run.status == 1)
            let lines = run.output.split(separator: "\n").map(String.init)
            #expect(lines.count == 4)
            #expect(Set(lines.prefix(3)) == ["2015H2 rebuilt: Output/2015H2.html Output/2015H2.txt", "2016H1 failed",
                                             "2018H1 rebuilt: Output/2018H1.html"])
            #expect(lines.last == "2 rebuilt, 1 failed, 1 up to date, 1 not written yet")
            #expect(run.errors.hasPrefix("Data/2016H1.yaml:1:1: error: the required key 'achievements' is missing\n"))

            let again = try CommandLineTests.run(["build"], in: root)
            #expect(again.output == "2016H1 failed\n0 rebuilt, 1 failed, 3 up to date, 1 not written yet\n")
        }
    }
}
