import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// What the loader accepts as normal, and the limits that keep hostile files from exhausting the machine.
@Suite struct LoaderTests {
    @Test(arguments: ["valid/utf8-bom-crlf.yaml", "valid/utf16le-bom.yaml", "valid/utf16be-bom.yaml",
                      "valid/utf16le-no-bom.yaml", "valid/utf16be-no-bom.yaml"])
    func readsWhatWindowsEditorsWrite(_ fixture: String) throws {
        let loaded = try TestFiles.loadFixture(fixture)
        let report = loaded.value, warnings = loaded.warnings
        #expect(warnings.isEmpty)
        #expect(report.organization == "北海市海城區科學技術局")
        #expect(report.achievements == [Entry(title: "認真做好科技項目驗收及申報工作", text: "兩個項目均已通過驗收。",
                                              location: report.achievements.first?.location)])
        #expect(report.achievements.first?.location?.line == 4)
    }

    /// YAML would read `no` as false and `2016-07-08` as a timestamp; the data format has only text.
    @Test func keepsTextAsTyped() throws {
        let report = try TestFiles.loadFixture("valid/yaml-surprises.yaml").value
        #expect(report.organization == "no")
        #expect(report.title == ["2016-07-08"])
        #expect(report.achievements.map(\.text) == ["yes", "1.0", "0x1F", ".inf", "null is a word here", "2016-07-08T10:00:00Z"])
        #expect(report.achievements.last?.title == "off")
    }

    @Test func namesThePeriodsThatExistWhenTheFileIsMissing() throws {
        try TestFiles.withTemporaryFolder { folder in
            let data = folder.appendingPathComponent("Data")
            try TestFiles.write(TestFiles.minimalData, to: "2015H2.yaml", in: data)
            try TestFiles.write(TestFiles.minimalData, to: "2015H1.yml", in: data)
            try TestFiles.write("notes", to: "readme.txt", in: data)
            let loader = ReportLoader(directory: DataDirectory(data))
            let error = #expect(throws: DiagnosticError.self) { try loader.load(TestFiles.period) }
            #expect(error?.description == """
                \(data.path)/2016H1.yaml: error: there is no data file for 2016H1
                  hint: the periods with data are: 2015H1, 2015H2
                """)
        }
    }

    /// A file that is not a regular file (here a folder named like a data file) is refused, never read.
    @Test func refusesAFolderNamedLikeADataFile() throws {
        try TestFiles.withTemporaryFolder { folder in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("2016H1.yaml"), withIntermediateDirectories: true)
            let error = #expect(throws: DiagnosticError.self) {
                try ReportLoader(directory: DataDirectory(folder)).load(TestFiles.period)
            }
            #expect(error?.description.hasSuffix("2016H1.yaml: error: this is not a regular file (a folder, a device or a pipe)\n  hint: a data file is a plain text file; check that you named the right one") == true)
        }
    }

    /// The limit is checked before reading: a sparse file claims 65 MiB without using the disk or memory.
    @Test func refusesAFileAboveTheSizeLimitBeforeReadingIt() throws {
        try TestFiles.withTemporaryFolder { folder in
            let url = try TestFiles.write(TestFiles.minimalData, to: "2016H1.yaml", in: folder)
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: UInt64(ReportLoader.maximumFileSize) + 1)
            try handle.close()
            let error = #expect(throws: DiagnosticError.self) {
                try ReportLoader(directory: DataDirectory(folder)).load(TestFiles.period)
            }
            #expect(error?.description == """
                \(url.path): error: the file is larger than the 64 MiB a data file may have (it has 67108865 bytes)
                  hint: split it into one file per department in a folder, or check that it is the right file
                """)
        }
    }

    /// Nothing deeper than the format needs is kept: 100 000 levels are refused at the 65th.
    @Test(arguments: [
        ("achievements: ", "[", "]"), ("achievements: ", "{a: ", "}"), ("achievements:\n", "- ", ""),
        ("", "[", ""),  // unclosed: libyaml's own nesting limit stops it, reported the same way
    ])
    func refusesDeepNesting(before: String, opener: String, closer: String) {
        let text = before + String(repeating: opener, count: 100_000) + "x" + String(repeating: closer, count: 100_000)
        let error = #expect(throws: DiagnosticError.self) {
            try ReportLoader(directory: DataDirectory(TestSupport.fixtures)).parse(text, period: TestFiles.period, file: "deep.yaml")
        }
        #expect(error?.diagnostics.count == 1)
        #expect(error?.diagnostics.first?.message == "the values are nested more than 64 levels deep")
        #expect(error?.diagnostics.first?.hint == "a data file needs at most eight levels; look for an unclosed '[' or '{', or a line of '- - - -'")
    }

    @Test func acceptsNestingAsDeepAsTheFormatAllows() throws {
        let text = """
            organization: 某區科學技術局
            achievements:
              - title: 一
                items:
                  - title: 二
                    items:
                      - title: 三
                        text: 四
            """
        let report = try ReportLoader(directory: DataDirectory(TestSupport.fixtures))
            .parse(text, period: TestFiles.period, file: "deep.yaml").value
        #expect(report.achievements.first?.items.first?.items.first?.text == "四")
    }

    /// Every problem of a file at once, not one per run.
    @Test func reportsAllProblemsAtOnce() {
        let text = """
            organisation: 某區科學技術局
            achievements:
              - titel: 一
              - title:
                  - 二
            metrics: 5
            """
        let error = #expect(throws: DiagnosticError.self) {
            try ReportLoader(directory: DataDirectory(TestSupport.fixtures)).parse(text, period: TestFiles.period, file: "many.yaml")
        }
        #expect(error?.diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" } == [
            "1:1 unknown key 'organisation' in the data file; did you mean 'organization'?",
            "3:5 unknown key 'titel' in an entry of 'achievements'; did you mean 'title'?",
            "5:7 'title' must be text, but here it is a list",
            "6:10 'metrics' must be a list, with each entry on its own line starting with '- '",
        ])
    }

    /// A file of a megabyte or more has its sections read on every core at once; the problems of every section are
    /// still all reported, in the order of the file.
    @Test func aLargeFileReadOnEveryCoreReportsEverySectionsProblems() throws {
        let entry = "  - title: 認真做好科技項目驗收及申報工作\n    text: 為推動科技創新，共發放資料1200份。\n"
        let count = ReportReader.concurrentReadSize / entry.utf8.count + 10
        let achievements = String(repeating: entry, count: count)
        let text = "organization: 某區科學技術局\nachievements:\n" + achievements + "  - titel: 一\n"
            + "problems:\n  - \"\"\n" + "plans:\n" + achievements + "  - title:\n      - 二\n"
        #expect(text.utf8.count >= ReportReader.concurrentReadSize)
        let line = 2 * count + 3  // the line after the achievements
        let error = #expect(throws: DiagnosticError.self) {
            try ReportLoader(directory: DataDirectory(TestSupport.fixtures)).parse(text, period: TestFiles.period, file: "big.yaml")
        }
        #expect(error?.diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" } == [
            "\(line):5 unknown key 'titel' in an entry of 'achievements'; did you mean 'title'?",
            "\(line + 2):5 an entry of 'problems' is empty",
            "\(line + 5 + 2 * count):7 'title' must be text, but here it is a list",
        ])
    }
}
