import Testing
@_spi(Stages) @testable import SummarizeCore

/// Which Word style each element of the templates' Markdown gets.
@Suite struct WordBlockTests {
    static let chinese = WordHouseStyle.for(.zhHans)

    static func paragraphs(_ markdown: String, house: WordHouseStyle = chinese) -> [WordParagraph] {
        WordBlock.blocks(from: CommonMark().blocks(from: markdown), house: house).compactMap { block in
            if case let .paragraph(paragraph) = block { return paragraph }
            return nil
        }
    }

    @Test(arguments: [
        ("# 标题", WordStyle.heading1), ("## 一、成绩", .heading1), ("### （一）科技", .heading2), ("#### 1.验收", .heading3),
        ("##### （1）申报", .heading4), ("###### 更深", .heading4), ("正文。", .bodyText), ("> 引用", .bodyText),
        ("    代码", .bodyText), ("```\n围栏\n```", .bodyText), ("- 列表", .bodyText), ("1. 列表", .bodyText),
    ])
    func mapsEachElementToItsStyle(_ markdown: String, _ style: WordStyle) {
        let paragraphs = Self.paragraphs(markdown)
        #expect(paragraphs.map(\.style) == [style], "\(markdown)")
    }

    @Test func keepsTheNumberingTextOfTheTemplates() {
        let paragraphs = Self.paragraphs("## 一、上半年工作成绩\n\n### （一）认真做好\n\n#### 1.积极走访企业\n\n##### （1）走访\n\n1.我局承担的")
        #expect(paragraphs.map(\.text) == ["一、上半年工作成绩", "（一）认真做好", "1.积极走访企业", "（1）走访", "1.我局承担的"])
        #expect(paragraphs.last?.style == .bodyText)
    }

    @Test func emphasisAndStrongAreRunInHeadings() {
        let paragraph = Self.paragraphs("*（一）加强科技服务*。正文**1.培训**，继续。")[0]
        #expect(paragraph.runs == [
            WordRun("（一）加强科技服务", style: .runInHeading2), WordRun("。正文"),
            WordRun("1.培训", style: .runInHeading3), WordRun("，继续。"),
        ])
        #expect(Self.paragraphs("*a **b** c*")[0].runs
                    == [WordRun("a ", style: .runInHeading2), WordRun("b", style: .runInHeading3), WordRun(" c", style: .runInHeading2)])
    }

    @Test func inlinesBecomeTheirText() {
        let paragraph = Self.paragraphs("代码`x < y`、[链接](http://example.com)、![图片说明](x.png)<span>原始</span>。")[0]
        #expect(paragraph.runs == [WordRun("代码x < y、链接、图片说明原始。")])
    }

    /// A line break inside a paragraph comes from a template: a Chinese report joins the lines, an English one
    /// puts a space (``SoftBreak``).
    @Test func softBreaksJoinAsTheReportsLanguageDoes() {
        #expect(Self.paragraphs("中文\n继续")[0].text == "中文继续")
        #expect(Self.paragraphs("**1.**\n3月5日")[0].runs == [WordRun("1.", style: .runInHeading3), WordRun("3月5日")])
        #expect(Self.paragraphs("中文\ntext")[0].text == "中文text")
        #expect(Self.paragraphs("Latin\ntext", house: .for(.en))[0].text == "Latin text")
        #expect(Self.paragraphs("*强调*\n继续")[0].runs == [WordRun("强调", style: .runInHeading2), WordRun("继续")])
    }

    @Test func hardBreaksAreLineBreaks() {
        #expect(Self.paragraphs("一行  \n二行")[0].runs == [WordRun("一行\n二行")])
        #expect(Self.paragraphs("一行\\\n二行")[0].text == "一行\n二行")
    }

    @Test func listItemsStartWithTheirMarker() {
        #expect(Self.paragraphs("3. 甲\n4. 乙").map(\.text) == ["3.甲", "4.乙"])
        #expect(Self.paragraphs("3. one\n4. two", house: .for(.en)).map(\.text) == ["3. one", "4. two"])
        #expect(Self.paragraphs("- 甲\n- 乙").map(\.text) == ["• 甲", "• 乙"])
        #expect(Self.paragraphs("1. 甲\n\n   续段\n2. 乙").map(\.text) == ["1.甲", "续段", "2.乙"])
        #expect(Self.paragraphs("- ## 标题").map(\.text) == ["• ", "标题"])
    }

    @Test func codeBlocksKeepTheirLinesAndRawHTMLAndRulesShowNothing() {
        #expect(Self.paragraphs("```\n一\n二\n```")[0].runs == [WordRun("一\n二")])
        #expect(Self.paragraphs("<div>原始</div>\n\n---\n\n***").isEmpty)
    }

    @Test func paragraphXMLNamesStylesByTheSheetsIDs() {
        var styles = WordStyleSheet.standard(Self.chinese, pageSetup: .gbt9704)
        styles.ids[.bodyText] = "a5"
        var writer = XMLWriter(declaration: false)
        Self.paragraphs("*（一）加强*。正文 两个  空格")[0].write(to: &writer, styles: styles)
        #expect(writer.document == #"<w:p><w:pPr><w:pStyle w:val="a5"/></w:pPr>"#
                    + #"<w:r><w:rPr><w:rStyle w:val="RunInHeading2"/></w:rPr><w:t>（一）加强</w:t></w:r>"#
                    + #"<w:r><w:t xml:space="preserve">。正文 两个  空格</w:t></w:r></w:p>"#)
    }
}
