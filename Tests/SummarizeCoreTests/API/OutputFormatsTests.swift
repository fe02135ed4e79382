import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

@Suite struct OutputFormatsTests {
    static func job(data: URL = TestSupport.sampleData, output: URL, formats: [OutputFormat]) -> SummaryJob {
        var job = SummaryJob(period: Period(year: 2016, half: .first), dataDirectory: data,
                             templatesDirectory: TestSupport.templates, outputDirectory: output)
        job.formats = formats
        job.clock = { Date(timeIntervalSince1970: 1_467_941_400) }
        return job
    }

    @Test func parsesCommaSeparatedFormats() throws {
        #expect(try OutputFormat.list(parsing: "html,txt,md,eml").get() == [.html, .txt, .md, .eml])
        #expect(try OutputFormat.list(parsing: " EML , html,eml").get() == [.eml, .html])
        #expect(try OutputFormat.list(parsing: "html,word,pdf").get() == [.html, .docx, .pdf])
        guard case let .failure(unknown) = OutputFormat.list(parsing: "html,odt") else { Issue.record("odt is no format"); return }
        #expect(unknown.name == "odt")
        guard case let .failure(typo) = OutputFormat.list(parsing: "htm") else { Issue.record("htm is no format"); return }
        #expect(typo.suggestion == "html")
    }

    @Test func writesEveryFormatAsked() throws {
        let output = try TestSupport.temporaryFolder()
        let outcome = try Self.job(output: output, formats: [.html, .txt, .md, .eml]).run()
        #expect(outcome.files.map(\.lastPathComponent) == ["2016H1.html", "2016H1.txt", "2016H1.md", "2016H1.eml"])
        let listing = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(listing == [".2016H1.summarize", "2016H1.eml", "2016H1.html", "2016H1.md", "2016H1.txt"], "no temporary files are left")
        let alone = try TestSupport.temporaryFolder()
        _ = try Self.job(output: alone, formats: [.html]).run()
        #expect(try Data(contentsOf: output.appendingPathComponent("2016H1.html"))
                == Data(contentsOf: alone.appendingPathComponent("2016H1.html")), "the HTML does not depend on the other formats")
    }

    @Test func missingSenderFailsTheWholeRunAndKeepsOldFiles() throws {
        let output = try TestSupport.temporaryFolder()
        let old = Data("old report".utf8)
        try old.write(to: output.appendingPathComponent("2016H1.html"))
        let folder = TestSupport.fixtures.appendingPathComponent("no-email")
        do {
            _ = try Self.job(data: folder, output: output, formats: [.html, .txt, .eml]).run()
            Issue.record("an .eml without a sender must be refused")
        } catch {
            let data = folder.appendingPathComponent("2016H1.yaml").relativePath
            #expect(error.description == """
                \(data): error: an email needs a sender, and neither the data nor the command line names one
                  hint: add to \(data):
                    email:
                      from: 張三 <zhangsan@example.gov.cn>
                  or run with --from zhangsan@example.gov.cn
                """)
        }
        #expect(try Data(contentsOf: output.appendingPathComponent("2016H1.html")) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["2016H1.html"])
    }

    @Test func aFolderInTheWayStopsTheRunBeforeAnyFileIsReplaced() throws {
        let output = try TestSupport.temporaryFolder()
        let old = Data("old report".utf8)
        try old.write(to: output.appendingPathComponent("2016H1.html"))
        try FileManager.default.createDirectory(at: output.appendingPathComponent("2016H1.txt"), withIntermediateDirectories: false)
        #expect(throws: DiagnosticError.self) { try Self.job(output: output, formats: [.html, .txt]).run() }
        #expect(try Data(contentsOf: output.appendingPathComponent("2016H1.html")) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["2016H1.html", "2016H1.txt"],
                "no temporary files are left")
    }

    @Test func badAddressesInTheEmailBlockAreReportedWhereTheyAre() throws {
        let data = TestSupport.fixtures.appendingPathComponent("email-invalid")
        let output = try TestSupport.temporaryFolder()
        do {
            _ = try Self.job(data: data, output: output, formats: [.html]).run()
            Issue.record("bad addresses must be refused even when no .eml is asked for")
        } catch {
            let file = data.appendingPathComponent("2016H1.yaml").relativePath
            #expect(error.description == """
                \(file):3:9: error: 'from': '張三 zhangsan@example' is not one address: a name goes in front of the address in angle brackets
                  hint: write it as  張三 <zhangsan@example.gov.cn>
                \(file):4:33: error: 'to': '局長@example.gov.cn' is not an ASCII email address
                  hint: an address with Chinese characters needs every mail server to support SMTPUTF8; use the ASCII address and put the name in front: 張三 <zhangsan@example.gov.cn>
                \(file):5:3: error: unknown key 'bcc' in 'email'; did you mean 'cc'?
                  hint: the keys allowed here are: from, to, cc, subject
                """)
        }
    }

    @Test func emailBlockIsRead() throws {
        let report = try ReportLoader(directory: DataDirectory(TestSupport.fixtures.appendingPathComponent("email-block")))
            .load(Period(year: 2016, half: .first)).value
        #expect(report.email.from == EmailAddress(displayName: "張三", address: "zhangsan@example.gov.cn"))
        #expect(report.email.to.map(\.address) == ["director@example.gov.cn", "office@example.gov.cn"])
        #expect(report.email.cc.map(\.description) == ["Archive, Records <archive@example.gov.cn>", "李四 <lisi@example.gov.cn>"])
        #expect(report.email.subject?.hasPrefix("北海市海城區科學技術局2016年上半年工作總結") == true)
    }

    /// Above Gmail's ~102 KB the run still succeeds (the attachment is complete) but says the body will be clipped.
    @Test func warnsWhenTheHTMLIsLargerThanGmailShows() throws {
        let data = try TestSupport.temporaryFolder()
        let paragraph = String(repeating: "為大力推動在全社會普及科學知識、弘揚科學精神，進一步提高公眾科技意識和科學素養。", count: 5)
        let entries = (1...150).map { "  - title: 第\($0)項工作\n    text: \(paragraph)" }.joined(separator: "\n")
        try Data("organization: 某區科學技術局\ndate: 2016-07-08\nachievements:\n\(entries)\n".utf8).write(to: data.appendingPathComponent("2016H1.yaml"))
        var job = Self.job(data: data, output: try TestSupport.temporaryFolder(), formats: [.html, .eml])
        job.email = EmailSettings(from: EmailAddress(address: "zhangsan@example.gov.cn"))
        let outcome = try job.run()
        let size = try Data(contentsOf: outcome.files[0]).count
        #expect(size > ReportFormats.gmailClipBytes)
        #expect(outcome.warnings.map(\.description) == ["""
            \(data.appendingPathComponent("2016H1.yaml").relativePath): warning: the report's HTML is \(size / 1000) KB; \
            Gmail shows only the first ~102 KB of an email body, then '[Message clipped]'
              hint: the attached copy in the .eml stays complete; a shorter report fits in the body
            """])
    }

    @Test func attachmentNamesAreSafeFileNames() {
        #expect(ReportFormats.fileName(for: "2016年上半年工作總結") == "2016年上半年工作總結")
        #expect(ReportFormats.fileName(for: "A/B: \"C\"?") == "A_B_ _C__")
        #expect(ReportFormats.fileName(for: "  ") == "report")
    }
}
