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
        // The one message for a point left unfilled (as summarize init leaves it), not a second for the list.
        ("unfilled-achievement.yaml", """
            invalid/unfilled-achievement.yaml:4:5: error: an entry of 'achievements' has neither a 'title' nor a 'text'
              hint: give it at least one of them, e.g.  - title: 大力開展科普宣傳活動
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

        // Slips of a Chinese input method, found before YAML reads the file (InputSlips).
        ("fullwidth-colon.yaml", """
            invalid/fullwidth-colon.yaml:4:10: error: a full-width colon '：' after the key 'title'; YAML needs the half-width ':' and a space
              hint: write  title: 舉辦農民實用技術培訓班  (switch the input method to half-width, or English, for the colon)
            invalid/fullwidth-colon.yaml:7:9: error: a full-width colon '：' after the key 'text'; YAML needs the half-width ':' and a space
              hint: write  text: 共發放資料1200份。  (switch the input method to half-width, or English, for the colon)
            invalid/fullwidth-colon.yaml:9:10: error: a full-width colon '：' after the key 'name'; YAML needs the half-width ':' and a space
              hint: write  name: 發放科普宣傳資料  (switch the input method to half-width, or English, for the colon)
            """),
        ("missing-space.yaml", """
            invalid/missing-space.yaml:2:5: error: no space after the colon of 'date'; without it, 'date:2016-07-08' is read as one text
              hint: put a space after the colon:  date: 2016-07-08
            invalid/missing-space.yaml:4:10: error: no space after the colon of 'title'; without it, 'title:舉辦農民實用技術培訓班' is read as one text
              hint: put a space after the colon:  title: 舉辦農民實用技術培訓班
            invalid/missing-space.yaml:7:7: warning: a half-width ':' between Chinese characters; it prints cramped in justified lines
              hint: type the full-width ，；：（） instead (the input method's Chinese punctuation mode, often Ctrl+.), or replace them in your editor
            invalid/missing-space.yaml:8:8: error: no space after the colon of '名稱'; without it, '名稱:發放科普宣傳資料' is read as one text
              hint: put a space after the colon:  名稱: 發放科普宣傳資料
            """),
        ("fullwidth-indentation.yaml", """
            invalid/fullwidth-indentation.yaml:4:1: error: a full-width space (U+3000) in the indentation; YAML indents with ordinary spaces only
              hint: replace it with ordinary spaces (two per level, typed in half-width mode), so that the line lines up with the ones above
            invalid/fullwidth-indentation.yaml:6:3: error: a no-break space (U+00A0) in the indentation; YAML indents with ordinary spaces only
              hint: replace it with ordinary spaces (two per level, typed in half-width mode), so that the line lines up with the ones above
            """),
        ("backslash-path.yaml", """
            invalid/backslash-path.yaml:4:14: error: '\\U' is not a complete escape: in double quotes \\U must be followed by 8 hexadecimal digits
              hint: in double quotes a backslash starts an escape; write the text in single quotes (e.g. 'C:\\Users\\zhang') or without quotes, or double each backslash (\\\\)
            """),
        ("surrogate-escape.yaml", """
            invalid/surrogate-escape.yaml:4:9: error: '\\ud83d' names no character (\\ud800–\\udfff are halves of a surrogate pair, which YAML does not join)
              hint: type the character itself instead of its code (😀, not \\ud83d\\ude00); or, if the backslash is meant, write the text in single quotes (e.g. 'C:\\Users\\zhang') or without quotes, or double each backslash (\\\\)
            """),
        ("metric-values.yaml", """
            invalid/metric-values.yaml:5:29: error: the value '12,5' of the metric '發放科普宣傳資料' has a comma that does not separate thousands; a comma goes between groups of three digits (1,200)
              hint: write  value: 125  for the whole number, or  value: 12.5  if the comma is a decimal point
            invalid/metric-values.yaml:6:25: error: the value '1.200' of the metric '培訓村民' could mean 1.2 or 1200; summarize reads '.' as a decimal point
              hint: write  value: 1.2  for the decimal, or  value: 1200  (or 1,200) for the whole number
            invalid/metric-values.yaml:7:25: error: the value '1,2,3,4' of the metric '受理專利' has a comma that does not separate thousands; a comma goes between groups of three digits (1,200)
              hint: write  value: 1234
            invalid/metric-values.yaml:8:52: error: the 'previous' value '1,20' of the metric '觀測點' has a comma that does not separate thousands; a comma goes between groups of three digits (1,200)
              hint: write  previous: 120  for the whole number, or  previous: 1.20  if the comma is a decimal point
            """),
        ("date-year.yaml", """
            invalid/date-year.yaml:2:7: error: '+016-07-08' is not a date: the year '+016' must be four digits from 1900 to 2100
              hint: write the date as year-month-day, e.g.  date: 2016-07-08
            """),
        ("date-year-zero.yaml", """
            invalid/date-year-zero.yaml:2:7: error: '0000-01-01' is not a date: the year '0000' must be four digits from 1900 to 2100
              hint: write the date as year-month-day, e.g.  date: 2016-07-08
            """),
        ("duplicate-metrics.yaml", """
            invalid/duplicate-metrics.yaml:7:5: error: the metric '發放科普宣傳資料' is given twice; the first is on line 5
              hint: keep one row per metric: add the two values up in one row, or tell them apart by name (e.g. 發放科普宣傳資料（科普科）)
            """),
        ("review-twice.yaml", """
            invalid/review-twice.yaml:7:5: error: the plan '建設區科普畫廊。' is reviewed twice (as dropped here, as done there); the first is on line 5
              hint: review each plan once: agree on one status, and put what each department did in one 'note:'
            invalid/review-twice.yaml:8:5: warning: the plan '做好科技項目驗收及申報工作' is reviewed again here, word for word as on line 6, so the report shows it once
              hint: remove one of the two review lines
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
