import SummarizeCore

/// The page shown in place of the report while the data or the templates have errors: a plain page in the report's
/// language that says what happened and lists every problem exactly as the command line prints it.
enum ProblemsPage {
    /// More problems than this are summarized in one line, as on the command line.
    static let maximumShown = 50

    static func html(_ diagnostics: [Diagnostic], title: String, locale: ReportLocale) -> String {
        let words = Wording(locale)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        var items = diagnostics.prefix(maximumShown).map { diagnostic in
            let isError = diagnostic.severity == .error
            return """
                <li class="\(isError ? "error" : "warning")"><p class="place"><span class="badge">\
                \(escape(isError ? words.error : words.warning))</span> \(escape(words.place(of: diagnostic)))</p>
                <pre>\(escape(diagnostic.description))</pre></li>
                """
        }
        if diagnostics.count > maximumShown {
            items.append("<li class=\"more\"><p>\(escape(words.more(diagnostics.count - maximumShown)))</p></li>")
        }
        return """
            <!DOCTYPE html>
            <html lang="\(locale.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))\(escape(words.titleSeparator))\(escape(words.heading))</title>
            <style>
            body { margin: 0; padding: 32px 16px; background: #f4f4f2; color: #1a1a1a; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "Microsoft JhengHei", "Microsoft YaHei", "PingFang TC", "Noto Sans CJK TC", sans-serif; }
            main { max-width: 720px; margin: 0 auto; background: #fff; border-radius: 8px; padding: 24px 28px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
            h1 { font-size: 22px; margin: 0 0 8px; color: #9b1c1c; }
            p.summary { margin: 0 0 20px; }
            ol { list-style: none; margin: 0; padding: 0; }
            li { border-left: 4px solid #c62828; background: #fdf3f2; border-radius: 4px; padding: 10px 14px; margin: 0 0 12px; }
            li.warning { border-left-color: #b7791f; background: #fdf8ec; }
            li.more { border-left-color: #999; background: #f4f4f4; }
            li p { margin: 0; }
            p.place { font-weight: 600; }
            .badge { display: inline-block; font-size: 13px; font-weight: 600; color: #fff; background: #c62828; border-radius: 3px; padding: 0 6px; margin-right: 4px; }
            li.warning .badge { background: #b7791f; }
            pre { margin: 6px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK TC", monospace; }
            p.footer { margin: 20px 0 0; font-size: 14px; color: #555; }
            </style>
            </head>
            <body>
            <main>
            <h1>\(escape(title))\(escape(words.titleSeparator))\(escape(words.heading))</h1>
            <p class="summary">\(escape(words.summary(errors: errors, warnings: warnings)))</p>
            <ol>
            \(items.joined(separator: "\n"))
            </ol>
            <p class="footer">\(escape(words.footer))</p>
            </main>
            </body>
            </html>

            """
    }

    /// Escapes text for HTML element content and attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The page's own words in the report's language.
    struct Wording {
        let locale: ReportLocale
        init(_ locale: ReportLocale) { self.locale = locale }

        var heading: String {
            switch locale {
            case .zhHant: "報告暫時無法更新"
            case .zhHans: "报告暂时无法更新"
            case .en: "The report cannot be updated yet"
            }
        }

        var titleSeparator: String { locale == .en ? ": " : "：" }

        func summary(errors: Int, warnings: Int) -> String {
            switch locale {
            case .zhHant:
                "資料或範本有 \(errors) 處需要修改" + (warnings > 0 ? "，另有 \(warnings) 條提醒" : "")
                    + "。請按每一條的提示修改檔案並存檔，報告就會在這裡重新出現。"
            case .zhHans:
                "数据或模板有 \(errors) 处需要修改" + (warnings > 0 ? "，另有 \(warnings) 条提醒" : "")
                    + "。请按每一条的提示修改文件并保存，报告就会在这里重新出现。"
            case .en:
                "The data or the templates have \(errors) \(errors == 1 ? "problem" : "problems") to fix"
                    + (warnings > 0 ? " and \(warnings) \(warnings == 1 ? "warning" : "warnings")" : "")
                    + ". Fix each as its hint says and save the file: the report comes back here by itself."
            }
        }

        var error: String {
            switch locale {
            case .zhHant: "錯誤"
            case .zhHans: "错误"
            case .en: "Error"
            }
        }

        var warning: String {
            switch locale {
            case .zhHant, .zhHans: "提醒"
            case .en: "Warning"
            }
        }

        /// Where a problem is, in words: `Data/2016H1.yaml，第 7 行，第 13 個字`.
        func place(of diagnostic: Diagnostic) -> String {
            guard let location = diagnostic.location else {
                return diagnostic.file ?? "summarize"
            }
            switch locale {
            case .zhHant: return "\(location.file)，第 \(location.line) 行，第 \(location.column) 個字"
            case .zhHans: return "\(location.file)，第 \(location.line) 行，第 \(location.column) 个字"
            case .en: return "\(location.file), line \(location.line), column \(location.column)"
            }
        }

        func more(_ count: Int) -> String {
            switch locale {
            case .zhHant: "……另有 \(count) 處問題未列出。"
            case .zhHans: "……另有 \(count) 处问题未列出。"
            case .en: "… and \(count) more problems."
            }
        }

        var footer: String {
            switch locale {
            case .zhHant: "這是 summarize preview 的預覽頁：每次存檔後會自動更新，不會寫入任何檔案。"
            case .zhHans: "这是 summarize preview 的预览页：每次保存后会自动更新，不会写入任何文件。"
            case .en: "This is summarize preview: the page updates by itself on every save, and writes no file."
            }
        }
    }
}
