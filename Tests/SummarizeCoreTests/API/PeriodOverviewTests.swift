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
            PeriodOverview.survey(dataDirectory: data, templates: TemplateSet.Folder(TestSupport.templates, isRequired: true), outputDirectory: output)
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

        // Editing the previous half's data changes the comparisons, so the report is out of date.
        let earlier = data.appendingPathComponent("2015H2/02-科普科.yaml")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: earlier.path)
        #expect(survey()[2].outputState == .outdated)
    }
}
