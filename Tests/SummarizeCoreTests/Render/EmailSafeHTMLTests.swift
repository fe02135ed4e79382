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
        let html = try Self.sampleHTML(locale)
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
            #expect(style["border"] == "1px solid #555555" && style["padding"] == "4px 8px", "\(cell)")
        }
        let metrics = try #require(Self.startTags("table", in: body).first { $0.contains("class=\"metrics\"") })
        #expect(metrics.contains("cellpadding=\"6\""))
        #expect(Self.style(of: metrics)["border-collapse"] == "collapse")
        #expect(Self.startTags("th", in: body).allSatisfy { $0.contains("scope=\"col\"") })
    }

    @Test(arguments: ReportLocale.allCases)
    func oneCentredColumnTable(_ locale: ReportLocale) throws {
        let html = try Self.sampleHTML(locale)
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
        let head = html[html.range(of: "<style>")!.upperBound..<html.range(of: "</style>")!.lowerBound]
        #expect(head.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"))
        #expect(head.contains("@media print"))
        #expect(head.contains("@media screen and (max-width: 520px)"))
        // Everything left after removing comments and the at-rules' blocks must be empty.
        var rest = Substring(head)
        var outside = ""
        var depth = 0
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == "/" && rest.first == "*" {
                rest = rest[rest.range(of: "*/")!.upperBound...]
                continue
            }
            if character == "@" && depth == 0 {
                rest = rest.drop { $0 != "{" && $0 != ";" }
                continue
            }
            if character == "{" { depth += 1 } else if character == "}" { depth -= 1 } else if depth == 0 { outside.append(character) }
        }
        #expect(outside.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "rules outside @media/@page: \(outside)")
        // Inside media queries, every declaration overrides an inline style, so every one is !important.
        for line in head.split(separator: "\n") where line.contains(":") && line.contains("{") && !line.contains("@") {
            let declarations = line.drop { $0 != "{" }.dropFirst().prefix { $0 != "}" }
            for declaration in declarations.split(separator: ";") where declaration.contains(":") {
                let property = declaration.split(separator: ":")[0].trimmingCharacters(in: .whitespaces)
                if ["break-after", "page-break-after", "break-inside", "page-break-inside", "orphans", "widows"].contains(property) { continue }
                #expect(declaration.contains("!important"), "'\(declaration)' in the head cannot beat an inline style")
            }
        }
    }

    @Test func chineseFontStacksFollowTheLocale() throws {
        let hant = Self.style(of: Self.startTags("p", in: try Self.sampleHTML(.zhHant))[0])["font-family"] ?? ""
        let hans = Self.style(of: Self.startTags("p", in: try Self.sampleHTML(.zhHans))[0])["font-family"] ?? ""
        #expect(hant.hasPrefix("'仿宋',FangSong") && hant.contains("'Noto Serif CJK TC'") && hant.hasSuffix(",serif"))
        #expect(!hant.contains("GB2312"), "GB2312 fonts have no Traditional characters")
        #expect(hans.contains("FangSong_GB2312") && hans.contains("'Noto Serif CJK SC'") && hans.hasSuffix(",serif"))
        let h2 = Self.style(of: Self.startTags("h2", in: try Self.sampleHTML(.zhHant))[0])["font-family"] ?? ""
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
