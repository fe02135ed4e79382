import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// Every kind of mistake in a data file ends in the whole message a person reads: where, what, and how to fix it.
/// One fixture per situation in Fixtures/invalid/; the expected text is compared in full.
@Suite struct InvalidDataTests {
    static let example = """
        hint: every report says what was achieved, for example:
            achievements:
              - title: 認真做好科技項目驗收及申報工作
                text: 為推動……
        """
    static let emptyFileHint = """
        hint: start with the two lines that every report needs:
            organization: 某區科學技術局
            achievements:
              - 認真做好科技項目驗收及申報工作
        """

    static let cases: [(fixture: String, expected: String)] = [
        ("tab-indentation.yaml", """
            invalid/tab-indentation.yaml:4:1: error: a tab character is used here; YAML indents with spaces only
              hint: replace the tab with spaces (two spaces per level, like the lines above)
            """),
        ("unclosed-quote.yaml", """
            invalid/unclosed-quote.yaml:3:12: error: this quoted text is never closed
              hint: add the closing quote mark at the end of the text, on the same line
            """),
        ("bad-indentation.yaml", """
            invalid/bad-indentation.yaml:4:4: error: this line is not indented like the lines around it
              hint: keys of the same block must start in the same column; list entries start with '- ' in the same column
            """),
        ("two-documents.yaml", """
            invalid/two-documents.yaml:4:1: error: a second document starts here; a data file holds one report
              hint: remove this '---' line; if what follows is another period's report, move it to its own file
            """),
        ("unknown-key.yaml", """
            invalid/unknown-key.yaml:2:1: error: unknown key 'achievments' in the data file; did you mean 'achievements'?
              hint: the keys allowed here are: organization, title, date, locale, kind, intro, department, email, achievements, review, highlights, metrics, problems, suggestions, plans; a section of your own needs a heading, e.g.  safeguards: {heading: 保障措施, text: …}
            """),
        ("unknown-key-deep.yaml", """
            invalid/unknown-key-deep.yaml:7:13: error: unknown key 'titel' in an item; did you mean 'title'?
              hint: the keys allowed here are: title, text, items, department, responsible, run_in, numbering
            invalid/unknown-key-deep.yaml:9:35: error: unknown key 'unti' in a metric; did you mean 'unit'?
              hint: the keys allowed here are: name, value, unit, was, previous, year_ago
            """),
        ("text-where-list.yaml", """
            invalid/text-where-list.yaml:4:10: error: 'metrics' must be a list, with each entry on its own line starting with '- '
              hint: for example:
                metrics:
                  - {name: 發放科普宣傳資料, value: 1200, unit: 份}
            """),
        ("block-where-text.yaml", """
            invalid/block-where-text.yaml:2:3: error: 'organization' must be text, but here it is a block of keys
              hint: write the text on the same line after the colon; if the text contains ': ', put it in quotes
            """),
        ("missing-organization.yaml", """
            invalid/missing-organization.yaml:1:1: error: the required key 'organization' is missing
              hint: add a line such as  organization: 某區科學技術局
            """),
        ("missing-achievements.yaml", """
            invalid/missing-achievements.yaml:1:1: error: the required key 'achievements' is missing
              \(example)
            """),
        ("empty-achievements.yaml", """
            invalid/empty-achievements.yaml:2:1: error: 'achievements' must list at least one entry
              \(example)
            """),
        ("empty-entries.yaml", """
            invalid/empty-entries.yaml:4:5: error: an entry of 'achievements' is empty
              hint: write the text between the quotes, or remove the line
            invalid/empty-entries.yaml:7:9: error: an item is empty
              hint: write the text between the quotes, or remove the line
            """),
        ("duplicate-keys.yaml", """
            invalid/duplicate-keys.yaml:5:5: error: the key 'title' appears twice in the same block; the first is on line 3
              hint: keep one of them; to add entries, put them all under the first 'title:'
            invalid/duplicate-keys.yaml:8:1: error: the key 'achievements' appears twice in the same block; the first is on line 2
              hint: keep one of them; to add entries, put them all under the first 'achievements:'
            """),
        ("fifth-level.yaml", """
            invalid/fifth-level.yaml:8:13: error: too many levels: items inside an item would be a fifth level
              hint: official documents use at most four levels (一、（一）1.（1）); fold these points into the text
            """),
        ("wrong-values.yaml", """
            invalid/wrong-values.yaml:2:7: error: '2016-13-45' is not a date
              hint: write the date as year-month-day, e.g.  date: 2016-07-08
            invalid/wrong-values.yaml:3:9: error: unknown locale 'zh-Taiwan'
              hint: use one of: zh-Hant, zh-Hans, en (zh-Hant is 繁體中文, zh-Hans is 简体中文)
            invalid/wrong-values.yaml:7:29: error: the value '一千二百' of the metric '發放科普宣傳資料' is not a number
              hint: write digits only, e.g.  value: 1200, and put the unit in 'unit:' (unit: 份)
            invalid/wrong-values.yaml:8:5: error: a metric has no 'name'
              hint: name what was counted, e.g.  name: 發放科普宣傳資料
            invalid/wrong-values.yaml:9:5: error: a metric must have a 'name' and a 'value'
              hint: for example:  - {name: 發放科普宣傳資料, value: 1200, unit: 份}
            """),
        ("empty.yaml", "invalid/empty.yaml: error: the data file is empty\n  \(emptyFileHint)"),
        ("comments-only.yaml", "invalid/comments-only.yaml: error: the data file is empty\n  \(emptyFileHint)"),
        ("binary.yaml", """
            invalid/binary.yaml: error: this is not a text file (it contains NUL bytes)
              hint: a data file is plain text in YAML; check that you named the right file
            """),
        ("gbk.yaml", """
            invalid/gbk.yaml:1:3: error: the file is not UTF-8 text; it looks like GBK/GB18030 (Simplified Chinese "ANSI")
              hint: open it in your editor and save it as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8)
            """),
        ("big5.yaml", """
            invalid/big5.yaml:1:3: error: the file is not UTF-8 text; it looks like Big5 (Traditional Chinese "ANSI")
              hint: open it in your editor and save it as UTF-8 (in Notepad: File › Save as › Encoding: UTF-8)
            """),
        ("anchor.yaml", """
            invalid/anchor.yaml:3:5: error: data files cannot use YAML anchors (&name) or aliases (*name) (this file has 2 of them)
              hint: write each value out in full where it is needed; to start a text with & or *, put it in quotes
            """),
        ("alias-bomb.yaml", """
            invalid/alias-bomb.yaml:2:5: error: data files cannot use YAML anchors (&name) or aliases (*name) (this file has 92 of them)
              hint: write each value out in full where it is needed; to start a text with & or *, put it in quotes
            """),
        ("alias-keys.yaml", """
            invalid/alias-keys.yaml:2:5: error: data files cannot use YAML anchors (&name) or aliases (*name) (this file has 88 of them)
              hint: write each value out in full where it is needed; to start a text with & or *, put it in quotes
            """),
    ]

    @Test(arguments: cases)
    func reportsTheWholeMessage(fixture: String, expected: String) {
        #expect(TestFiles.messages(loading: "invalid/\(fixture)") == expected)
    }

    @Test func everyInvalidFixtureHasACase() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestSupport.fixtures.appendingPathComponent("invalid").path)
        #expect(Set(files) == Set(Self.cases.map(\.fixture)))
    }
}
