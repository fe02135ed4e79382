import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct PeriodOverviewTests {
    @Test func listsEveryPeriodWithItsStateAndTheStateOfItsReport() throws {
        let root = try TestSupport.temporaryFolder()
        let data = root.appendingPathComponent("Data"), output = root.appendingPathComponent("Output")
        try FileManager.default.copyItem(at: TestSupport.sampleData, to: data)
        try Data("organization: 某區\n".utf8).write(to: data.appendingPathComponent("2017H1.yaml"))
        func survey() -> [PeriodOverview] {
            (try? PeriodOverview.survey(dataDirectory: data, templates: TemplateSet.Folder(TestSupport.templates, isRequired: true), outputDirectory: output)) ?? []
        }

        var lines = survey()
        #expect(lines.map(\.period.description) == ["2015H1", "2015H2", "2016H1", "2017H1"])
        #expect(lines.map(\.errors.count) == [0, 0, 0, 1])
        #expect(lines.allSatisfy { $0.outputState == .missing })
        #expect(lines[1].source.files.count == 2)

        _ = try SummaryJob(period: Period(year: 2016, half: .first), dataDirectory: data,
                           templates: TemplateSet.Folder(TestSupport.templates, isRequired: true), outputDirectory: output).run()
        lines = survey()
        #expect(lines[2].outputState == .upToDate)

        // Touching a file changes nothing the report is made from.
        let earlier = data.appendingPathComponent("2015H2/02-科普科.yaml")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: earlier.path)
        #expect(survey()[2].outputState == .upToDate)
        #expect(survey()[2].formats == [.html])
    }

    /// The state is decided by what the report was made from, not by modification times.
    @Test(arguments: ["edit the previous half", "delete a department file", "restore an older copy", "change the style table"])
    func aChangedInputMakesTheReportOutOfDate(_ change: String) throws {
        let root = try TestSupport.temporaryFolder()
        let data = root.appendingPathComponent("Data"), output = root.appendingPathComponent("Output")
        let templates = root.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: TestSupport.sampleData, to: data)
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("zh-Hant"), withIntermediateDirectories: true)
        let folder = TemplateSet.Folder(templates, isRequired: true)
        let sample = data.appendingPathComponent("2016H1.yaml")
        let old = try Data(contentsOf: sample)
        var job = SummaryJob(period: Period(year: 2016, half: .first), dataDirectory: data, templates: folder, outputDirectory: output)
        job.formats = [.html, .txt]
        _ = try job.run()
        switch change {
        case "edit the previous half":
            try Data("organization: 北海市海城區科學技術局\nachievements: [成績]\n".utf8)
                .write(to: data.appendingPathComponent("2015H2/02-科普科.yaml"))
        case "delete a department file":
            try FileManager.default.removeItem(at: data.appendingPathComponent("2015H2/02-科普科.yaml"))
        case "restore an older copy":
            try (old + Data("\n# 修改\n".utf8)).write(to: sample)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 0)], ofItemAtPath: sample.path)
        default:
            try TestFiles.write("p { color: #000000; }\n", to: "zh-Hant/styles.css", in: templates)
        }
        let line = try #require(try PeriodOverview.survey(dataDirectory: data, templates: folder, outputDirectory: output)
            .first { $0.period == Period(year: 2016, half: .first) })
        #expect(line.outputState == .outdated)
        #expect(line.formats == [.html, .txt])
    }
}
