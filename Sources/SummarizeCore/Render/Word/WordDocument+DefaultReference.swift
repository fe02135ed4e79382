import Foundation

extension WordDocument {
    /// Our reference document for a locale: a short document that uses every style, each paragraph saying what it
    /// is. `summarize templates --reference-docx FILE` writes it as a starting point; restyled in Word or WPS and
    /// saved as `Templates/<locale>/reference.docx`, it gives the report its styles and page (``ReferenceDocument``).
    static func defaultReference(locale: ReportLocale) throws(DiagnosticError) -> Data {
        try package(defaultReferenceContent(locale: locale), reference: nil)
    }

    /// What the default reference document shows.
    static func defaultReferenceContent(locale: ReportLocale) -> WordContent {
        let sample = DefaultReferenceText.for(locale)
        let markdown = sample.markdown
        let table = PipeTable.chunks(of: markdown)
        return WordContent(
            titleLines: [sample.title], body: table.map { chunk in
                switch chunk {
                case let .markdown(text): .blocks(CommonMark().blocks(from: text))
                case let .table(table): .table(table)
                }
            },
            organization: sample.organization, date: ReportDate("2016-07-08")?.formatted(in: locale), locale: locale,
            created: WordPackage.entryDate)
    }
}

/// The words of the default reference document: one paragraph per style, named as Word's style list names it.
private struct DefaultReferenceText {
    var title: String
    var organization: String
    var markdown: String

    static func `for`(_ locale: ReportLocale) -> DefaultReferenceText {
        switch locale {
        case .zhHans:
            DefaultReferenceText(title: "标题（Title：二号方正小标宋简体）", organization: "署名（Signature）", markdown: """
                ## 一、一级标题（heading 1：三号黑体）

                ### （一）二级标题（heading 2：三号楷体）

                #### 1.三级标题（heading 3：三号仿宋加粗）

                ##### （1）四级标题（heading 4：三号仿宋）

                正文（Body Text）：三号仿宋，两端对齐，首行缩进二字，每页22行、每行28字。修改本文件中的样式（而不是逐段修改格式），另存为 Templates/zh-Hans/reference.docx，报告即采用这些样式和页面设置。

                *（二）段中二级标题*。（Run-in Heading 2：楷体）其后是同一段的正文。

                **2.段中三级标题**。（Run-in Heading 3：仿宋加粗）其后是同一段的正文。

                | 序号 | 表头（Table Heading） | 数值 |
                | :-: | --- | --: |
                | 1 | 表格文字（Table Text） | 1200份 |

                最后一段正文与署名同页。日期（Signature Date）在署名下一行。页码（footer）：四号宋体，单页居右、双页居左。
                """)
        case .zhHant:
            DefaultReferenceText(title: "標題（Title：二號方正小標宋）", organization: "署名（Signature）", markdown: """
                ## 一、一級標題（heading 1：三號黑體）

                ### （一）二級標題（heading 2：三號楷體）

                #### 1.三級標題（heading 3：三號仿宋加粗）

                ##### （1）四級標題（heading 4：三號仿宋）

                正文（Body Text）：三號仿宋，兩端對齊，首行縮排二字，每頁22行、每行28字。修改本文件中的樣式（而不是逐段修改格式），另存為 Templates/zh-Hant/reference.docx，報告即採用這些樣式和頁面設定。

                *（二）段中二級標題*。（Run-in Heading 2：楷體）其後是同一段的正文。

                **2.段中三級標題**。（Run-in Heading 3：仿宋加粗）其後是同一段的正文。

                | 序號 | 表頭（Table Heading） | 數值 |
                | :-: | --- | --: |
                | 1 | 表格文字（Table Text） | 1200份 |

                最後一段正文與署名同頁。日期（Signature Date）在署名下一行。頁碼（footer）：四號宋體，單頁居右、雙頁居左。
                """)
        case .en:
            DefaultReferenceText(title: "Title", organization: "Signature", markdown: """
                ## 1 Heading 1

                ### 1.1 Heading 2

                #### (a) Heading 3

                ##### (i) Heading 4

                Body Text. Change the styles of this document (not the formatting of single paragraphs) and save it as Templates/en/reference.docx: the report then takes these styles and this page setup.

                *1.2 Run-in Heading 2.* The paragraph goes on in Body Text.

                **(b) Run-in Heading 3.** The paragraph goes on in Body Text.

                | No. | Table Heading | Value |
                | :-: | --- | --: |
                | 1 | Table Text | 1,200 |

                The last paragraph stays on the page of the signature; the Signature Date follows it. Page numbers are in the footer style.
                """)
        }
    }
}
