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

    func messages(_ loader: ReportLoader) -> String {
        let folder = loader.directory.url.appendingPathComponent("2016H1").relativePath
        do {
            return try loader.load(Period(year: 2016, half: .first)).warnings.map(\.description).joined(separator: "\n")
                .replacingOccurrences(of: folder, with: "Data/2016H1")
        } catch {
            return error.description.replacingOccurrences(of: folder, with: "Data/2016H1")
        }
    }

    static let office = "organization: 某區科學技術局\ndate: 2016-07-08\nachievements: [辦公室的工作]\n"
    static let science = "department: 科普科\nachievements:\n  - title: 開展科普宣傳\n    text: 發放資料1200份。\n"

    /// What Windows, macOS, Linux and browsers name a copy is an error naming both files, and so is any file with
    /// the same text as another; the copy is not merged, so its points are not reported again as duplicates.
    @Test(arguments: ["02-科普科 - 複本.yaml", "02-科普科 - 副本.yaml", "02-科普科 - Copy.yaml", "02-科普科 copy.yaml",
                      "02-科普科 (1).yaml", "02-科普科（2）.yaml", "02-科普科 - 複本 (2).yaml", "Copy of 02-科普科.yaml"])
    func aCopiedFileIsAnError(_ name: String) throws {
        let loader = try period(["01-辦公室.yaml": Self.office, "02-科普科.yaml": Self.science,
                                 name: Self.science.replacingOccurrences(of: "1200", with: "1300")])
        let marker = name.replacingOccurrences(of: "02-科普科", with: "").replacingOccurrences(of: ".yaml", with: "")
        #expect(messages(loader) == """
            Data/2016H1/\(name): error: this file looks like a copy of Data/2016H1/02-科普科.yaml (its name adds '\(marker)'); both would be merged, and the points they share printed twice
              hint: keep one of the two: move the other out of the folder (or, for a department of its own, give the file a name of its own)
            """)
    }

    /// A copy made in Explorer has the original's text too, and sorts before it: the one error is the copy's.
    @Test func anExactCopyIsOneErrorAtTheCopy() throws {
        let loader = try period(["01-辦公室.yaml": Self.office, "02-科普科.yaml": Self.science, "02-科普科 - 複本.yaml": Self.science])
        #expect(messages(loader) == """
            Data/2016H1/02-科普科 - 複本.yaml: error: this file looks like a copy of Data/2016H1/02-科普科.yaml (its name adds ' - 複本'); both would be merged, and the points they share printed twice
              hint: keep one of the two: move the other out of the folder (or, for a department of its own, give the file a name of its own)
            """)
    }

    @Test func aFileWithTheSameTextAsAnotherIsAnError() throws {
        let loader = try period(["01-辦公室.yaml": Self.office, "02-科普科.yaml": Self.science, "03-科普.yaml": Self.science])
        #expect(messages(loader) == """
            Data/2016H1/03-科普.yaml: error: this file has the same text as Data/2016H1/02-科普科.yaml; its points would be printed twice
              hint: remove one of the two files (a copy made by mistake), or write this department's own points in it
            """)
    }

    @Test func namesThatOnlyLookLikeCopiesAreFine() throws {
        let loader = try period(["01-辦公室.yaml": Self.office, "02-科普科 (1).yaml": Self.science])
        #expect(messages(loader) == "", "no 02-科普科.yaml, so not a copy")
    }

    /// The same metric in two department files, a plan reviewed differently in two, are errors naming both places.
    @Test func theSameMetricOrPlanInTwoFilesIsAnError() throws {
        let loader = try period([
            "01-辦公室.yaml": Self.office + "metrics: [{name: 發放科普宣傳資料, value: 1200, unit: 份}]\nreview: [{plan: 建設區科普畫廊, status: done}]\n",
            "02-科普科.yaml": "metrics:\n  - {name: 發放科普宣傳資料, value: 700, unit: 份}\nreview:\n  - {plan: 建設區科普畫廊, status: ongoing}\n",
        ])
        #expect(messages(loader) == """
            Data/2016H1/02-科普科.yaml:2:5: error: the metric '發放科普宣傳資料' is given twice; the first is at Data/2016H1/01-辦公室.yaml:4:11
              hint: keep one row per metric: add the two values up in one row, or tell them apart by name (e.g. 發放科普宣傳資料（科普科）)
            Data/2016H1/02-科普科.yaml:4:5: error: the plan '建設區科普畫廊' is reviewed twice (as ongoing here, as done there); the first is at Data/2016H1/01-辦公室.yaml:5:10
              hint: review each plan once: agree on one status, and put what each department did in one 'note:'
            """)
    }

    /// A point copied word for word from one department file into another is a warning, and printed once; within
    /// one file the points are left as written.
    @Test func aPointRepeatedInAnotherFileIsPrintedOnce() throws {
        let loader = try period(["01-辦公室.yaml": Self.office + "plans: [繼續開展科普宣傳, 繼續開展科普宣傳]\n",
                                 "02-科普科.yaml": Self.science + "  - 辦公室的工作\n"])
        #expect(messages(loader) == """
            Data/2016H1/02-科普科.yaml:5:5: warning: this point repeats the one at Data/2016H1/01-辦公室.yaml:3:16 word for word, so the report shows it once
              hint: remove one of them; if two departments did the work together, keep one and name both, e.g.  department: 辦公室、科普科
            """)
        let report = try loader.load(Period(year: 2016, half: .first)).value
        #expect(report.achievements.map(\.name) == ["辦公室的工作", "開展科普宣傳"])
        #expect(report.plans.map(\.name) == ["繼續開展科普宣傳", "繼續開展科普宣傳"])
    }
}
