/// The faces, sizes and language tags of the Word document for one report language (GB/T 9704 §7.3 for Chinese).
///
/// Chinese faces are the mainland GBK fonts that Windows ships (仿宋, 楷体, 黑体, 宋体), named as Chinese Word writes
/// them, with their English names as alternatives in the font table. The title face is the Founder font offices
/// install; its 简体 cut lacks Traditional characters, so zh-Hant uses the GBK cut.
struct WordHouseStyle: Sendable {
    /// One face in every slot that matters: `eastAsia` for Chinese text, `ascii`/`hAnsi` for the rest.
    struct Fonts: Hashable, Sendable {
        var eastAsia: String
        var latin: String
    }

    var locale: ReportLocale
    var title: Fonts
    var heading1: Fonts
    var heading2: Fonts
    /// Body text, headings of levels 3 and 4, signature, table text.
    var body: Fonts
    var pageNumber: Fonts
    /// The document's language (`dc:language`): zh-CN, zh-TW, en-US.
    var language: String
    /// `w:lang/@w:eastAsia`, the language of its Chinese text; `w:lang/@w:val` (other text) is always en-US.
    var eastAsianLanguage: String
    /// Chinese: justified with a two-character first-line indent; English: ragged right, no indent (styles.css).
    var isChinese: Bool
    /// English headings and title are bold and level 2 italic in real bold and italic faces; Chinese levels are told
    /// apart by face, and bold would be synthesized (GB/T 9704 §7.3.3).
    var boldTitleAndHeadings: Bool { !isChinese }

    /// Title 二号, everything else 三号, page numbers 四号; in half-points.
    static let titleSize = 44
    static let bodySize = 32
    static let pageNumberSize = 28
    static let tableSize = 28

    static func `for`(_ locale: ReportLocale) -> WordHouseStyle {
        let latin = "Times New Roman"
        switch locale {
        case .zhHans, .zhHant:
            let title = locale == .zhHans ? "方正小标宋简体" : "方正小标宋_GBK"
            return WordHouseStyle(
                locale: locale, title: Fonts(eastAsia: title, latin: title), heading1: Fonts(eastAsia: "黑体", latin: latin),
                heading2: Fonts(eastAsia: "楷体", latin: latin), body: Fonts(eastAsia: "仿宋", latin: latin),
                pageNumber: Fonts(eastAsia: "宋体", latin: "宋体"), language: locale == .zhHans ? "zh-CN" : "zh-TW",
                eastAsianLanguage: locale == .zhHans ? "zh-CN" : "zh-TW", isChinese: true)
        case .en:
            return WordHouseStyle(
                locale: locale, title: Fonts(eastAsia: "宋体", latin: latin), heading1: Fonts(eastAsia: "黑体", latin: "Arial"),
                heading2: Fonts(eastAsia: "楷体", latin: latin), body: Fonts(eastAsia: "宋体", latin: latin),
                pageNumber: Fonts(eastAsia: "宋体", latin: latin), language: "en-US", eastAsianLanguage: "zh-CN",
                isChinese: false)
        }
    }

    /// Every face the document names, for the font table.
    var allFaces: [String] {
        var faces: [String] = []
        for fonts in [body, title, heading1, heading2, pageNumber] {
            for face in [fonts.eastAsia, fonts.latin] where !faces.contains(face) { faces.append(face) }
        }
        return faces
    }
}
