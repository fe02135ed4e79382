import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The report HTML as mail clients see it: styles that matter are inline, the head keeps only media rules.
@Suite struct EmailSafeHTMLTests {
    static func sampleHTML(_ locale: ReportLocale) throws -> String {
        let job = SummaryJob(period: Period(year: 2016, half: .first), dataDirectory: TestSupport.sampleData,
                             templatesDirectory: TestSupport.templates, outputDirectory: try TestSupport.temporaryFolder(),
                             locale: locale)
        let prepared = try job.prepare()
        return prepared.html
    }

    /// The sample, then a report whose second-level points have no title, so that their numbers are <em>, which
    /// the sample has none of.
    static func sampleAndUntitledHTML(_ locale: ReportLocale) throws -> String {
        let untitled = Report.summary(organization: "科技局", locale: locale, achievements: [Entry(text: "積極開展扶貧工作。"), Entry(text: "加大防震減災宣傳力度。")])
        let html = try TestSupport.html(untitled)
        #expect(html.contains("<em "))
        return try sampleHTML(locale) + html
    }

    /// The HTML as every client but Outlook for Windows reads it: without the `<!--[if mso]>…<![endif]-->` parts.
    static func withoutOutlookParts(_ html: String) -> String {
        var result = html
        while let start = result.range(of: "<!--[if mso]>"), let end = result.range(of: "<![endif]-->", range: start.upperBound..<result.endIndex) {
            result.removeSubrange(start.lowerBound..<end.upperBound)
        }
        return result
    }

    /// The text of every `<style>` element, in order.
    static func styleElements(in html: String) -> [Substring] {
        html.components(separatedBy: "<style>").dropFirst().map { $0.components(separatedBy: "</style>")[0][...] }
    }

    /// A style sheet's statements at the top level, each with whether an at-rule sits inside another in it.
    static func statements(of css: Substring) -> [(prelude: String, nestsAtRule: Bool)] {
        var result: [(prelude: String, nestsAtRule: Bool)] = []
        var rest = css
        var prelude = "", depth = 0, nested = false
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == "/" && rest.first == "*" {
                rest = rest[rest.range(of: "*/")!.upperBound...]
                continue
            }
            switch character {
            case "{":
                depth += 1
            case "}":
                depth -= 1
                if depth == 0 {
                    result.append((prelude.trimmingCharacters(in: .whitespacesAndNewlines), nested))
                    prelude = ""
                    nested = false
                }
            case "@" where depth > 0:
                nested = true
            case ";" where depth == 0:
                result.append((prelude.trimmingCharacters(in: .whitespacesAndNewlines), false))
                prelude = ""
            default:
                if depth == 0 { prelude.append(character) }
            }
        }
        return result
    }

    /// The start tags named `tag` in the HTML, with their attributes.
    static func startTags(_ tag: String, in html: String) -> [String] {
        html.components(separatedBy: "<\(tag)").dropFirst().compactMap { piece in
            guard let first = piece.first, first == " " || first == ">" else { return nil }
            return piece.firstIndex(of: ">").map { String(piece[..<$0]) }
        }
    }

    /// The inline declarations of a start tag: `font-size` → `17px`.
    static func style(of tag: String) -> [String: String] {
        guard let start = tag.range(of: "style=\"") else { return [:] }
        let value = tag[start.upperBound...].prefix { $0 != "\"" }
        var declarations: [String: String] = [:]
        for declaration in value.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { declarations[String(parts[0])] = String(parts[1]) }
        }
        return declarations
    }

    @Test(arguments: ReportLocale.allCases)
    func elementsThatMatterCarryTheirStyleInline(_ locale: ReportLocale) throws {
        let html = Self.withoutOutlookParts(try Self.sampleHTML(locale))
        let body = String(html[html.range(of: "<body")!.lowerBound...])
        for tag in ["h1", "h2", "h3", "h4", "p", "th", "td", "table"] {
            let tags = Self.startTags(tag, in: body)
            #expect(!tags.isEmpty, "the sample has no <\(tag)>")
            for attributes in tags {
                let style = Self.style(of: attributes)
                #expect(!style.isEmpty, "<\(tag)\(attributes)> has no inline style")
                if ["h1", "h2", "h3", "h4", "p", "th"].contains(tag) {
                    #expect(style["font-family"] != nil && style["font-size"] != nil && style["color"] != nil,
                            "<\(tag)> lacks font-family, font-size or color: \(style)")
                }
            }
        }
        let cells = Self.startTags("td", in: body).filter { $0.contains("class=\"index\"") || $0.contains("class=\"name\"") || $0.contains("class=\"value\"") }
        #expect(cells.count == 30, "six metrics, each with its value and the two comparisons")
        for cell in cells + Self.startTags("th", in: body) {
            let style = Self.style(of: cell)
            #expect(style["border"] == "1px solid #000000" && style["padding"] == "3pt 6pt", "a ruled black table: \(cell)")
            #expect(style["background-color"] == nil, "no fill, which prints grey: \(cell)")
        }
        let metrics = try #require(Self.startTags("table", in: body).first { $0.contains("class=\"metrics\"") })
        #expect(metrics.contains("cellpadding=\"6\""))
        #expect(Self.style(of: metrics)["border-collapse"] == "collapse")
        #expect(Self.startTags("th", in: body).allSatisfy { $0.contains("scope=\"col\"") })
    }

    @Test(arguments: ReportLocale.allCases)
    func oneCentredColumnTable(_ locale: ReportLocale) throws {
        let html = Self.withoutOutlookParts(try Self.sampleHTML(locale))
        let tables = Self.startTags("table", in: html)
        let wrapper = try #require(tables.first)
        #expect(wrapper.contains("role=\"presentation\"") && wrapper.contains("align=\"center\"") && wrapper.contains("width=\"680\""))
        let style = Self.style(of: wrapper)
        #expect(style["width"] == "100%" && style["max-width"] == "680px")
        #expect(style["background-color"] != nil && style["color"] != nil, "dark mode inverts colours unless both are set")
        #expect(tables.filter { $0.contains("role=\"presentation\"") }.count == 2, "the column and the signature, no other layout tables")
        #expect(!html.contains("display:flex") && !html.contains("display:grid") && !html.contains("<div"))
    }

    @Test(arguments: ReportLocale.allCases)
    func headStyleHoldsOnlyWhatCannotBeInline(_ locale: ReportLocale) throws {
        let html = try Self.sampleHTML(locale)
        let head = html[..<html.range(of: "</head>")!.lowerBound]
        let styles = Self.styleElements(in: String(head))
        #expect(styles.count == 2, "media rules, then the @page rules")
        #expect(!html[html.range(of: "</head>")!.upperBound...].contains("<style"), "Gmail keeps <style> only in the head")
        let all = styles.joined(separator: "\n")
        #expect(all.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"))
        #expect(all.contains("@media print"))
        #expect(all.contains("@media screen and (max-width: 520px)"))
        // Only at-rules at the top level: no rule that an inline style could have held instead.
        for style in styles {
            for statement in Self.statements(of: style) {
                #expect(statement.prelude.hasPrefix("@media ") || statement.prelude.hasPrefix("@page"),
                        "a rule outside @media/@page: \(statement.prelude)")
            }
        }
        // Inside media queries, every declaration overrides an inline style, so every one is !important.
        for line in all.split(separator: "\n") where line.contains(":") && line.contains("{") && !line.contains("@") {
            let declarations = line.drop { $0 != "{" }.dropFirst().prefix { $0 != "}" }
            for declaration in declarations.split(separator: ";") where declaration.contains(":") {
                let property = declaration.split(separator: ":")[0].trimmingCharacters(in: .whitespaces)
                if ["break-after", "page-break-after", "break-before", "page-break-before", "break-inside",
                    "page-break-inside", "orphans", "widows"].contains(property) { continue }
                #expect(declaration.contains("!important"), "'\(declaration)' in the head cannot beat an inline style")
            }
        }
    }

    /// Gmail drops a whole `<style>` holding an at-rule inside another (`@page :right { @bottom-right { … } }`;
    /// caniemail, hteumeuleu/email-bugs#21). Only a `<style>` of nothing but `@page` rules may hold one, so that
    /// what Gmail drops is the printed page numbers, never the phone layout.
    @Test(arguments: ReportLocale.allCases)
    func noStyleButThePageStyleNestsAnAtRule(_ locale: ReportLocale) throws {
        let html = try Self.sampleHTML(locale)
        let styles = Self.styleElements(in: html)
        for style in styles {
            let statements = Self.statements(of: style)
            if statements.contains(where: \.nestsAtRule) {
                #expect(statements.allSatisfy { $0.prelude.hasPrefix("@page") },
                        "a <style> with a nested at-rule holds more than @page rules: \(statements.map(\.prelude))")
            }
        }
        // A client that drops every <style> with a nested at-rule still has the phone and print rules.
        let kept = styles.filter { !Self.statements(of: $0).contains(where: \.nestsAtRule) }.joined()
        #expect(kept.contains("@media screen and (max-width: 520px)") && kept.contains("@media print"))
        #expect(kept.contains("td.report { padding: 24px 16px !important; }"))
        #expect(Self.statements(of: kept[...]).allSatisfy { !$0.nestsAtRule })
    }

    /// The nesting check itself, on the shapes it must tell apart.
    @Test func theNestingCheckSeesAtRulesInsideAtRules() {
        #expect(Self.statements(of: "@page :right { @bottom-right { content: counter(page); } }").map(\.nestsAtRule) == [true])
        #expect(Self.statements(of: "@media print { @page { margin: 0; } }").map(\.nestsAtRule) == [true])
        #expect(Self.statements(of: "@media print { p { color: #000 !important; } } @page { size: A4; }").map(\.nestsAtRule) == [false, false])
        #expect(Self.statements(of: "/* @page { @x {} } */ @media screen { h1 { x: y; } }").map(\.prelude) == ["@media screen"])
    }

    /// Outlook for Windows (the Word engine) ignores max-width: a ghost table of fixed width, which only it reads,
    /// holds the column at 680 px; every other client skips it as a comment.
    @Test(arguments: ReportLocale.allCases)
    func outlookGetsAGhostTableOfTheColumnsWidth(_ locale: ReportLocale) throws {
        let html = try Self.sampleHTML(locale)
        let open = "<!--[if mso]><table role=\"presentation\" align=\"center\" width=\"680\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td width=\"680\"><![endif]-->"
        let close = "<!--[if mso]></td></tr></table><![endif]-->"
        #expect(html.components(separatedBy: "<!--[if mso]>").count == 3 && html.components(separatedBy: "<![endif]-->").count == 3)
        let body = try #require(html.range(of: "<body"))
        let afterBody = html[html[body.upperBound...].firstIndex(of: ">")!...].dropFirst()
        #expect(afterBody.hasPrefix("\n" + open + "\n<table role=\"presentation\" class=\"report\""), "the ghost opens right around the column")
        #expect(html.hasSuffix("</table>\n" + close + "\n</body>\n</html>\n"), "and closes right after it")
        // Without the Outlook parts, the document is the one every other client reads, unchanged.
        #expect(Self.withoutOutlookParts(html) == html.replacingOccurrences(of: open, with: "").replacingOccurrences(of: close, with: ""))
    }

    /// A report pasted into Word or WPS keeps inline sizes as they are: in pt they arrive as 三號 16 pt and
    /// 二號 22 pt (in px they arrived as 12.75 pt and 21 pt).
    @Test(arguments: ReportLocale.allCases)
    func sizesThatSurviveAPasteAreInPoints(_ locale: ReportLocale) throws {
        let html = Self.withoutOutlookParts(try Self.sampleHTML(locale))
        let body = String(html[html.range(of: "<body")!.lowerBound...])
        let chinese = locale != .en
        let expected: [String: (size: String, lineHeight: String)] = chinese
            ? ["h1": ("22pt", "28.95pt"), "h2": ("16pt", "28.95pt"), "h3": ("16pt", "28.95pt"), "h4": ("16pt", "28.95pt"),
               "p": ("16pt", "28.95pt"), "th": ("14pt", "20pt"), "td": ("14pt", "20pt")]
            : ["h1": ("20pt", "26pt"), "h2": ("12pt", "19pt"), "h3": ("12pt", "19pt"), "h4": ("12pt", "19pt"),
               "p": ("12pt", "19pt"), "th": ("11pt", "15pt"), "td": ("11pt", "15pt")]
        for (tag, sizes) in expected {
            let tags = Self.startTags(tag, in: body).filter { tag != "td" || $0.contains("class=\"value\"") || $0.contains("class=\"name\"") }
            #expect(!tags.isEmpty)
            for attributes in tags {
                let style = Self.style(of: attributes)
                #expect(style["font-size"] == sizes.size && style["line-height"] == sizes.lineHeight, "<\(tag)>: \(style)")
            }
        }
        for cell in Self.startTags("td", in: body) where cell.contains("class=\"signature\"") || cell.contains("class=\"date\"") {
            #expect(Self.style(of: cell)["font-size"] == (chinese ? "16pt" : "12pt"))
        }
        // No size in px where a paste keeps it: fonts, lines, indents, margins (the 680 px column and 1 px rules stay).
        for tag in ["h1", "h2", "h3", "h4", "h5", "p", "th", "td", "em", "strong"] {
            for attributes in Self.startTags(tag, in: body) {
                let style = Self.style(of: attributes)
                for property in ["font-size", "line-height", "text-indent", "margin", "padding", "letter-spacing"] {
                    #expect(style[property]?.contains("px") != true, "<\(tag)> \(property): \(style[property] ?? "")")
                }
            }
        }
        if chinese {
            let p = Self.style(of: Self.startTags("p", in: body)[0])
            #expect(p["text-indent"] == "32pt", "two characters of 16 pt")
        }
    }

    /// 小標宋, 黑體 and 楷體 have no bold face, so bold on them is faked: they stay regular. Only level 3 (h4 and
    /// strong) is bold, in 仿宋; em is never italic.
    @Test(arguments: [ReportLocale.zhHant, .zhHans])
    func facesWithoutBoldStayRegular(_ locale: ReportLocale) throws {
        let html = Self.withoutOutlookParts(try Self.sampleAndUntitledHTML(locale))
        let body = String(html[html.range(of: "<body")!.lowerBound...])
        for tag in ["h1", "h2", "h3", "em", "th"] {
            let tags = Self.startTags(tag, in: body)
            #expect(!tags.isEmpty, "the sample has no <\(tag)>")
            for attributes in tags {
                #expect(Self.style(of: attributes)["font-weight"] == "normal", "<\(tag)> must be regular: \(attributes)")
            }
        }
        for tag in ["h4", "strong"] {
            for attributes in Self.startTags(tag, in: body) {
                let style = Self.style(of: attributes)
                #expect(style["font-weight"] == "bold" && style["font-family"]?.contains("FangSong") == true, "<\(tag)>: \(style)")
            }
        }
        for attributes in Self.startTags("em", in: body) {
            #expect(Self.style(of: attributes)["font-style"] == "normal")
        }
    }

    /// Mainland faces first, then macOS, then Linux, then the generic family; for Traditional text the GBK faces,
    /// never the _GB2312 ones, which lack Traditional characters.
    @Test func chineseFontStacksPutMainlandFacesFirst() throws {
        func stacks(_ locale: ReportLocale) throws -> [String: String] {
            let body = Self.withoutOutlookParts(try Self.sampleAndUntitledHTML(locale))
            var result: [String: String] = [:]
            for tag in ["h1", "h2", "h3", "h4", "p", "em", "strong", "th"] {
                result[tag] = Self.style(of: Self.startTags(tag, in: body)[0])["font-family"] ?? ""
            }
            return result
        }
        let hant = try stacks(.zhHant), hans = try stacks(.zhHans)
        #expect(hant["h1"]!.hasPrefix("'方正小标宋_GBK',FZXiaoBiaoSong-B05,'宋体',SimSun,"))
        #expect(hans["h1"]!.hasPrefix("'方正小标宋简体',FZXiaoBiaoSong-B05S,'宋体',SimSun,"))
        for stack in [hant["h2"]!, hant["th"]!, hans["h2"]!, hans["th"]!] { #expect(stack.hasPrefix("'黑体',SimHei,")) }
        for stack in [hant["h3"]!, hant["em"]!] { #expect(stack.hasPrefix("'楷体',KaiTi,")) }
        for stack in [hans["h3"]!, hans["em"]!] { #expect(stack.hasPrefix("'楷体_GB2312',KaiTi_GB2312,'楷体',KaiTi,")) }
        for stack in [hant["p"]!, hant["h4"]!, hant["strong"]!] { #expect(stack.hasPrefix("'仿宋',FangSong,")) }
        for stack in [hans["p"]!, hans["h4"]!, hans["strong"]!] { #expect(stack.hasPrefix("'仿宋_GB2312',FangSong_GB2312,'仿宋',FangSong,")) }
        #expect(!Self.withoutOutlookParts(try Self.sampleHTML(.zhHant)).contains("GB2312"), "GB2312 fonts have no Traditional characters")
        for (locale, stacks) in [("TC", hant), ("SC", hans)] {
            for (tag, stack) in stacks {
                let names = stack.split(separator: ",").map(String.init)
                let macOS = try #require(names.firstIndex { $0.hasPrefix("ST") || $0.contains(" \(locale)'") && !$0.contains("Noto") }, "\(tag)")
                let linux = try #require(names.firstIndex { $0.hasPrefix("'Noto") && $0.contains(locale) }, "\(tag): \(stack)")
                #expect(macOS > 1 && macOS < linux, "<\(tag)>: mainland, then macOS, then Linux: \(stack)")
                #expect(names.last == "serif" || names.last == "sans-serif")
            }
        }
    }

    /// A title the data gives as several lines is shown one line each, broken by <br> between the lines (a block
    /// span would run together in the Word engine); one line has no <br>, and balance evens a long title out.
    @Test(arguments: ReportLocale.allCases)
    func titleLinesEachOnALine(_ locale: ReportLocale) throws {
        var report = Report.summary(organization: "北海市海城區科學技術局", locale: locale, achievements: [Entry(text: "正文。")])
        report.title = ["北海市海城區科學技術局", "2016年上半年工作總結"]
        let html = try TestSupport.html(report)
        let h1 = try #require(html.range(of: "<h1 ")).upperBound
        let content = html[html[h1...].firstIndex(of: ">")!...].dropFirst().prefix { $0 != "/" }
        #expect(content == "北海市海城區科學技術局<br>2016年上半年工作總結<")
        #expect(html.contains("<title>北海市海城區科學技術局2016年上半年工作總結</title>"))
        report.title = ["2016年上半年工作總結"]
        #expect(try TestSupport.html(report).contains(">2016年上半年工作總結</h1>"))
        #expect(Self.style(of: Self.startTags("h1", in: html)[0])["text-wrap"] == "balance")
    }

    /// The three locales' layouts are one layout: the same body, the same <style> elements and media queries;
    /// zh-Hant and zh-Hans differ only in their fonts; the style tables style the same elements.
    @Test func theLocalesLayoutsAgreeInStructure() throws {
        func layout(_ locale: ReportLocale) throws -> String {
            try String(contentsOf: TestSupport.templates.appendingPathComponent("\(locale.rawValue)/document.html.mustache"), encoding: .utf8)
        }
        let layouts = try ReportLocale.allCases.map(layout)
        let bodies = layouts.map { $0[$0.range(of: "<body")!.lowerBound...] }
        #expect(Set(bodies).count == 1, "the body of document.html.mustache differs between locales")
        let preludes = layouts.map { Self.styleElements(in: $0).map { Self.statements(of: $0).map(\.prelude).filter { $0.hasPrefix("@media") } } }
        #expect(preludes.allSatisfy { $0 == preludes[0] }, "\(preludes)")
        let withoutFonts = { (text: String) in
            text.split(separator: "\n").map { line in
                line.replacing(#/font-family: [^;]*;/#, with: "font-family: …;")
            }.joined(separator: "\n")
        }
        #expect(withoutFonts(try layout(.zhHant)) == withoutFonts(try layout(.zhHans)))
        let selectors = try ReportLocale.allCases.map { Set(try TemplateSet.load(from: TestSupport.templates, locale: $0).styles.declarations.keys) }
        #expect(selectors.allSatisfy { $0 == selectors[0] }, "\(selectors)")
    }

    @Test func chineseFontStacksFollowTheLocale() throws {
        let hant = Self.style(of: Self.startTags("p", in: Self.withoutOutlookParts(try Self.sampleHTML(.zhHant)))[0])["font-family"] ?? ""
        let hans = Self.style(of: Self.startTags("p", in: Self.withoutOutlookParts(try Self.sampleHTML(.zhHans)))[0])["font-family"] ?? ""
        #expect(hant.hasPrefix("'仿宋',FangSong") && hant.contains("'Noto Serif CJK TC'") && hant.hasSuffix(",serif"))
        #expect(!hant.contains("GB2312"), "GB2312 fonts have no Traditional characters")
        #expect(hans.contains("FangSong_GB2312") && hans.contains("'Noto Serif CJK SC'") && hans.hasSuffix(",serif"))
        let h2 = Self.style(of: Self.startTags("h2", in: Self.withoutOutlookParts(try Self.sampleHTML(.zhHant)))[0])["font-family"] ?? ""
        #expect(h2.contains("'Microsoft JhengHei'") && h2.hasSuffix("sans-serif"))
    }

    @Test func numbersAreTextAndNoCSSGeneratesContent() throws {
        let html = try Self.sampleHTML(.zhHant)
        #expect(html.contains(">一、上半年工作成績</h2>"))
        #expect(html.contains(">（一）認真做好科技項目驗收及申報工作</h3>"))
        #expect(html.contains(">1.積極走訪企業</h4>"))
        let body = html[html.range(of: "</head>")!.upperBound...]
        #expect(!body.contains("counter(") && !html.contains("::before") && !html.contains("list-style-type"))
        // The one counter is the printed page number, in @page margin boxes of the head's <style>.
        for line in html.split(separator: "\n") where line.contains("counter(") {
            #expect(line.hasPrefix("@page") && line.contains("@bottom-"))
        }
        #expect(!html.contains("var(") && !html.contains("calc(") && !html.contains("<link") && !html.contains("@import"))
    }

    /// A newline between two Chinese characters shows as a gap in Chromium and WebKit; the report has none.
    @Test(arguments: ReportLocale.allCases)
    func noLineBreakInsideChineseText(_ locale: ReportLocale) throws {
        let scalars = Array(try Self.sampleHTML(locale).unicodeScalars)
        for index in scalars.indices.dropFirst().dropLast() where scalars[index] == "\n" {
            #expect(!(CJK.isWide(scalars[index - 1]) && CJK.isWide(scalars[index + 1])),
                    "newline between '\(scalars[index - 1])' and '\(scalars[index + 1])'")
        }
    }

    /// Gmail clips bodies above ~102 KB; the sample report, with every style inline, stays far below.
    @Test func sampleHTMLIsFarBelowGmailsClippingSize() throws {
        for locale in ReportLocale.allCases {
            let size = try Self.sampleHTML(locale).utf8.count
            #expect(size < ReportFormats.gmailClipBytes / 2, "\(locale): \(size) bytes")
        }
    }
}
