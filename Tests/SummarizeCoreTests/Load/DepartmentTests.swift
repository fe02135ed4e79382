import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct DepartmentTests {
    func period(_ files: [String: String]) throws -> ReportLoader {
        let folder = try TestSupport.temporaryFolder()
        let periodFolder = folder.appendingPathComponent("2016H1")
        try FileManager.default.createDirectory(at: periodFolder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: periodFolder.appendingPathComponent(name)) }
        return ReportLoader(directory: DataDirectory(folder))
    }

    @Test func filesMergeInNameOrder() throws {
        let loader = try period([
            "02-科普科.yaml": "department: 科普科\nachievements: [科普一, 科普二]\nplans: [科普計劃]\nmetrics: [{name: 資料, value: 1}]",
            "01-辦公室.yaml": "organization: 某區科學技術局\ndate: 2016-07-08\nachievements:\n  - {title: 驗收, department: 項目組}\nplans: [辦公室計劃]",
            "notes.txt": "not data",
        ])
        let report = try loader.load(Period(year: 2016, half: .first)).value
        #expect(report.organization == "某區科學技術局")
        #expect(report.achievements.map(\.name) == ["驗收", "科普一", "科普二"])
        #expect(report.achievements.map(\.department) == ["項目組", "科普科", "科普科"])
        #expect(report.plans.map(\.name) == ["辦公室計劃", "科普計劃"])
        #expect(report.metrics.count == 1)
    }

    @Test func aConflictNamesBothFilesAndLines() throws {
        let loader = try period([
            "a.yaml": "organization: 某區科學技術局\nachievements: [一]",
            "b.yaml": "achievements: [二]\norganization: 某區科技局",
        ])
        #expect(throws: DiagnosticError.self) { try loader.load(Period(year: 2016, half: .first)) }
        do {
            _ = try loader.load(Period(year: 2016, half: .first))
        } catch {
            let folder = loader.directory.url.appendingPathComponent("2016H1").relativePath
            #expect(error.description == """
                \(folder)/b.yaml:2:15: error: 'organization' differs from the one given at \(folder)/a.yaml:1:15
                  hint: give 'organization' in one file of the folder only, or the same in every file
                """)
        }
    }

    @Test func theSameValueInSeveralFilesIsFine() throws {
        let loader = try period([
            "a.yaml": "organization: 某區科學技術局\nlocale: zh-Hant\nachievements: [一]",
            "b.yaml": "organization: 某區科學技術局\nlocale: zh-Hant",
        ])
        #expect(try loader.load(Period(year: 2016, half: .first)).value.achievements.count == 1)
    }

    @Test func theWholeFolderNeedsAnOrganizationAndAchievements() throws {
        let loader = try period(["a.yaml": "department: 科普科\nplans: [計劃]"])
        do {
            _ = try loader.load(Period(year: 2016, half: .first))
            Issue.record("expected errors")
        } catch {
            let folder = loader.directory.url.appendingPathComponent("2016H1").relativePath
            #expect(error.description == """
                \(folder): error: no file in this folder gives the 'organization'
                  hint: add  organization: 某區科學技術局  to one of the files (the first, by custom)
                \(folder): error: no file in this folder lists any 'achievements'
                  hint: \(ReportAssembler.achievementsExample)
                """)
        }
    }

    @Test func problemsInSeveralFilesAreAllReported() throws {
        let loader = try period(["a.yaml": "organization: 某區\nachievments: [一]", "b.yaml": "achievements:\n\t- 二"])
        do {
            _ = try loader.load(Period(year: 2016, half: .first))
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.count >= 2)
            #expect(error.description.contains("a.yaml:2:1: error: unknown key 'achievments'"))
            #expect(error.description.contains("b.yaml:2:1: error: a tab character is used here"))
        }
    }

    @Test func departmentsShowInTheReport() throws {
        let loader = try period(["a.yaml": "organization: 某區\ndepartment: 科普科\nachievements: [{title: 科普活動}]"])
        let html = try TestSupport.html(loader.load(Period(year: 2016, half: .first)).value)
        #expect(TestSupport.texts(of: "h3", in: html) == ["科普活動（科普科）"], "a lone point has no number")
    }
}
