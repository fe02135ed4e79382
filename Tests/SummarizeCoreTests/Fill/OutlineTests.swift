import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The office's own outline, rule by rule: what the data says about headings, lead text, sections, titles,
/// numbering and responsible units, as a reader of the report sees it.
@Suite struct OutlineTests {
    func html(_ yaml: String, period: Period = Period(year: 2016, half: .first)) throws -> String {
        try TestSupport.html(TestSupport.parse(yaml, period: period))
    }

    func paragraphs(_ html: String) -> [String] { TestSupport.texts(of: "p", in: html) }
    func headings(_ html: String, _ tag: String = "h2") -> [String] { TestSupport.texts(of: tag, in: html) }

    @Test func aSectionTakesTheOfficesHeadingAndKeepsItsNumber() throws {
        let html = try html("""
            organization: 某市科學技術局
            achievements:
              heading: 上半年工作主要做法
              entries: [甲, 乙]
            plans:
              heading: 下半年打算
              entries: [丙, 丁]
            """)
        #expect(headings(html) == ["一、上半年工作主要做法", "二、下半年打算"])
    }

    @Test func leadParagraphsComeFirstAndAreNotNumbered() throws {
        let html = try html("""
            organization: 某市科學技術局
            achievements: [成績]
            problems:
              heading: 存在的問題與不足
              text: |
                在全市科技人員的共同努力下，取得了一定的成績。

                但也存在著一些問題。
              entries: [人員少, 投入少]
            """)
        #expect(paragraphs(html).suffix(4) == ["在全市科技人員的共同努力下，取得了一定的成績。", "但也存在著一些問題。", "（一）人員少", "（二）投入少"])
    }

    @Test func aSectionMayBeOneText() throws {
        let html = try html("""
            kind: plan
            organization: 某區科學技術局
            指導思想: 以服務全區經濟建設和社會發展為目標。
            """, period: Period(year: 2017))
        #expect(headings(html) == ["一、指導思想"])
        #expect(paragraphs(html).first == "以服務全區經濟建設和社會發展為目標。")
    }

    @Test func sectionsOfTheOfficesOwnTakeTheirHeadingOrTheirChineseKey() throws {
        let report = try TestSupport.parse("""
            organization: 某市科學技術局
            achievements: [成績]
            safeguards:
              heading: 保障措施
              entries: [加強領導, 落實經費]
            經驗體會: [一要…, 二要…]
            """)
        #expect(report.sections.map(\.key) == ["achievements", "safeguards", "經驗體會"])
        #expect(report.sections.map(\.known) == [.achievements, nil, nil])
        #expect(headings(try TestSupport.html(report)) == ["一、上半年工作成績", "二、保障措施", "三、經驗體會"])
    }

    @Test func aSectionOfTheOfficesOwnThatLooksLikeAKnownKeyIsWarnedAbout() throws {
        let loaded = try ReportLoader(directory: DataDirectory(URL(fileURLWithPath: "/nonexistent"))).parse("""
            organization: 某市科學技術局
            date: 2016-07-08
            achievements: [成績]
            suggestion:
              heading: 意見建議
              entries: [增加投入]
            """, period: TestFiles.period, file: "Data/2016H1.yaml")
        #expect(loaded.warnings.map(\.description) == ["""
            Data/2016H1.yaml:4:1: warning: 'suggestion' is not a key summarize knows, so it is printed as a section of its own; did you mean 'suggestions'?
              hint: if it is meant to be 'suggestions', correct the key; if it is a section of your own, give it a name less like 'suggestions'
            """])
    }

    @Test func aTitleThatEndsASentenceRunsIntoItsText() throws {
        let html = try html("""
            organization: 某市科學技術局
            achievements:
              - title: 主動靠前服務，為企業發展盡心盡責。
                text: 圍繞產業集聚區主動靠前服務。
              - title: 堅持主動溝通
                text: 加強與上級科技部門的聯系。
            """)
        #expect(paragraphs(html) == ["（一）主動靠前服務，為企業發展盡心盡責。圍繞產業集聚區主動靠前服務。", "加強與上級科技部門的聯系。"])
        #expect(headings(html, "h3") == ["（二）堅持主動溝通"])
        #expect(html.contains("<em style=\"") && html.contains(">（一）主動靠前服務，為企業發展盡心盡責。</em>圍繞"),
                "the run-in title is set apart in its level's face, in the same paragraph")
    }

    @Test func theDataDecidesWhereThePunctuationWouldNot() throws {
        let html = try html("""
            organization: 某市科學技術局
            achievements:
              - title: 加強機關黨風廉政建設。
                run_in: no
                text: 組織全體幹部職工深入學習。
              - title: 對接《若干意見》
                run_in: 是
                text: 積極編制好專項規劃。
            """)
        #expect(headings(html, "h3") == ["（一）加強機關黨風廉政建設。"])
        #expect(paragraphs(html) == ["組織全體幹部職工深入學習。", "（二）對接《若干意見》積極編制好專項規劃。"])
    }

    @Test func untitledAndTitledPointsOfALevelShareTheTypographyOfTheirNumbers() throws {
        let html = try html("""
            organization: 某市科學技術局
            achievements:
              - 根據文件精神開展調查。
              - title: 主動靠前服務。
                text: 圍繞產業集聚區。
            """)
        #expect(html.contains(">（一）</em>根據文件精神開展調查。"))
        #expect(html.contains(">（二）主動靠前服務。</em>圍繞產業集聚區。"))
    }

    @Test func aLonePointIsNotNumberedAtAnyLevel() throws {
        let html = try html("""
            organization: 某市科學技術局
            achievements:
              - title: 唯一的一項
                items: [唯一的要點]
            problems:
              - title: 科技創新能力不強。
                text: 全市科技人員少。
            """)
        #expect(headings(html, "h3") == ["唯一的一項"])
        #expect(paragraphs(html) == ["唯一的要點", "科技創新能力不強。全市科技人員少。"])
    }

    @Test func aSectionMayNumberItsPointsOneTwoOrNotAtAll() throws {
        let html = try html("""
            organization: 某市科學技術局
            achievements: [成績一, 成績二]
            highlights:
              numbering: 1.
              entries:
                - 申報項目通過初審。
                - title: 獲得專利
                  items: [電線電纜6項, 藥業2項]
            problems:
              numbering: none
              entries: [人員少, 投入少]
            """)
        let text = paragraphs(html)
        #expect(text.contains("1.申報項目通過初審。"))
        #expect(headings(html, "h4") == ["2.獲得專利"])
        #expect(text.contains("（1）電線電纜6項") && text.contains("（2）藥業2項"))
        #expect(text.suffix(2) == ["人員少", "投入少"])
    }

    @Test func anEntryMayLeaveItsItemsUnnumbered() throws {
        let html = try html("""
            organization: 某市科學技術局
            achievements:
              - title: 開展宣傳和科學體驗活動
                numbering: none
                items: [節約能源體驗活動, 科學在身邊讀書活動]
              - 第二項
            """)
        #expect(paragraphs(html).prefix(2) == ["節約能源體驗活動", "科學在身邊讀書活動"])
    }

    @Test func pointsNumberedOneTwoHaveOnlyOneLevelBelowThem() {
        #expect(TestSupport.problems("""
            organization: 某市科學技術局
            achievements:
              numbering: 1.
              entries:
                - title: 一
                  items:
                    - title: 二
                      items: [三]
            """) == """
            Data/2016H1.yaml:8:11: error: too many levels: items inside an item would be a fifth level
              hint: official documents use at most four levels (一、（一）1.（1）); fold these points into the text
            """)
    }

    @Test func responsibleUnitsFollowThePointAtEveryLevel() throws {
        let html = try html("""
            kind: plan
            organization: 某市全民科學素質工作領導小組辦公室
            主要任務:
              - title: 廣泛宣傳科學知識。
                responsible: [市委宣傳部, 文明辦]
                items:
                  - text: 學習科學發展觀。
                    responsible: 市教育局、市科協
                  - title: 中小學科學教師素質的提升
                    responsible: 市教育局
                    items:
                      - {text: 組織專業團隊。, responsible: 人事局}
                      - 開展教研活動。
            """, period: Period(year: 2018))
        #expect(paragraphs(html).prefix(4) == [
            "廣泛宣傳科學知識。（市委宣傳部、文明辦）", "1.學習科學發展觀。（市教育局、市科協）",
            "（1）組織專業團隊。（人事局）", "（2）開展教研活動。",
        ])
        #expect(headings(html, "h4") == ["2.中小學科學教師素質的提升（市教育局）"])
    }

    @Test func aDepartmentIsPrintedAtEveryLevelItIsGiven() throws {
        let html = try html("""
            organization: 某區科學技術局
            achievements:
              - title: 科普活動
                department: 科普科
                items:
                  - {text: 發放資料, department: 辦公室}
                  - 培訓村民
              - 第二項
            """)
        #expect(headings(html, "h3") == ["（一）科普活動（科普科）"])
        #expect(paragraphs(html).prefix(2) == ["1.（辦公室）發放資料", "2.培訓村民"])
    }

    @Test func aPlanNeedsNoAchievementsAndReviewsNothing() throws {
        let plan = try TestSupport.parse("kind: plan\norganization: 某區科學技術局\n主要任務: [甲, 乙]\n", period: Period(year: 2017))
        #expect(plan.titleLines == ["2017年工作計劃"])
        #expect(TestSupport.problems("kind: 計劃\norganization: 某區\n主要任務: [甲]\nreview: [{plan: 甲, status: done}]\n")
            == """
            Data/2016H1.yaml:4:1: error: a work plan reviews no earlier plans; 'review' belongs in a summary
              hint: remove 'review:', or write  kind: summary  if this document is a summary
            """)
        #expect(TestSupport.problems("kind: plan\norganization: 某區\n").hasPrefix("Data/2016H1.yaml:1:1: error: the plan has no sections"))
        #expect(TestSupport.problems("kind: report\norganization: 某區\n主要任務: [甲]\n").hasPrefix(
            "Data/2016H1.yaml:1:7: error: unknown kind of document 'report'"))
    }

    @Test func aYearsSummaryNamesTheYearAndPlansTheNext() throws {
        let html = try html("""
            organization: 某區科學技術局
            achievements: [甲, 乙]
            plans: [丙, 丁]
            """, period: Period(year: 2016))
        #expect(headings(html, "h1") == ["2016年工作總結"])
        #expect(headings(html) == ["一、全年工作成績", "二、2017年工作計劃"])
    }

    @Test func aYearsSummaryReviewsThePlansOfTheYearBefore() throws {
        try TestFiles.withTemporaryFolder { folder in
            let data = folder.appendingPathComponent("Data")
            try TestFiles.write("organization: 某區\nachievements: [甲]\nplans: [建設科普畫廊, 舉辦培訓班]\n", to: "2015.yaml", in: data)
            try TestFiles.write("organization: 某區\ndate: 2017-01-10\nachievements: [甲]\nreview: [{plan: 建設科普畫廊, status: done}]\n",
                                to: "2016.yaml", in: data)
            let job = SummaryJob(period: Period(year: 2016), dataDirectory: data, templatesDirectory: TestSupport.templates,
                                 outputDirectory: folder.appendingPathComponent("Output"))
            let check = job.check()
            #expect(check.diagnostics.map(\.message) == ["the plan '舉辦培訓班' of 2015 is not reviewed"])
            #expect(DataDirectory(data).periods() == [Period(year: 2015), Period(year: 2016)])
        }
    }

    @Test func departmentFilesKeepTheOrderOfFirstAppearance() throws {
        try TestFiles.withTemporaryFolder { folder in
            let data = folder.appendingPathComponent("Data")
            try TestFiles.write("organization: 某區\nplans: [計劃一]\nachievements: [成績一]\n", to: "2016H1/01-辦公室.yaml", in: data)
            try TestFiles.write("problems: [問題一]\nachievements:\n  heading: 主要做法\n  entries: [成績二]\n", to: "2016H1/02-科普科.yaml", in: data)
            let report = try ReportLoader(directory: DataDirectory(data)).load(TestFiles.period).value
            #expect(report.sections.map(\.key) == ["plans", "achievements", "problems"])
            #expect(report.sections[1].entries.map(\.text) == ["成績一", "成績二"])
            #expect(report.sections[1].heading == "主要做法")
        }
    }

    @Test func sectionFieldsOfDepartmentFilesMustAgree() throws {
        try TestFiles.withTemporaryFolder { folder in
            let data = folder.appendingPathComponent("Data")
            try TestFiles.write("organization: 某區\nachievements:\n  heading: 主要做法\n  entries: [一]\n", to: "2016H1/01.yaml", in: data)
            try TestFiles.write("achievements:\n  heading: 主要工作\n  entries: [二]\n", to: "2016H1/02.yaml", in: data)
            let error = #expect(throws: DiagnosticError.self) { try ReportLoader(directory: DataDirectory(data)).load(TestFiles.period) }
            #expect(error?.diagnostics.first?.message.hasPrefix("the 'heading' of 'achievements' differs from the one given at") == true)
        }
    }

    @Test func theTitleMayBeGivenAsLines() throws {
        let report = try TestSupport.parse("organization: 某區\ntitle: [北海市海城區科學技術局, 2016年上半年工作總結]\nachievements: [甲]\n")
        #expect(report.titleLines == ["北海市海城區科學技術局", "2016年上半年工作總結"])
        #expect(report.resolvedTitle == "北海市海城區科學技術局2016年上半年工作總結")
    }
}
