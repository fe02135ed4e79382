/// Which script, Traditional or Simplified, a data file's Chinese is written in, told by frequent characters that
/// exist in one script only (這 / 这, 會 / 会, 經 / 经).
///
/// The two lists hold characters of everyday office writing whose other form is a different character, and leave
/// out those that both scripts use (于, 并, 干, 后, 里, 台, 范, 几, 系, 准, 周, 余, 云, 万: 于 and 并 appear in
/// Traditional documents as well, 后 is 皇后 there, 范 a surname, 干 the 干 of 干涉). A few hundred such characters
/// decide a file after its first sentences; no conversion table is needed for that.
struct ChineseScript: Sendable {
    /// Characters found in Traditional text only.
    static let traditionalOnly = """
        這個們來時為說國會學對發後經過從還進動種開樣問關長現點麼與機當實業區務員產議設計項報訓農術專傳資識權創級組織\
        標場驗縣鄉鎮環質規導領題單門間總結績調廣東車電話網絡際協辦處費護預備責應該讓認論氣邊條華義書見觀聽變讀寫親頭\
        買賣錢醫歲師號將層體廠價歷鐘萬眾億兩衛齊聯繫類顯響參選擇雙興擴濟團屬陳陽隊講監災築劃畫週慶歡樂藝職勞證態熱積\
        極檢測錄簽訂審紀節範圍構顧獎勵圖館頒貧幫歸麗優勢療險廳禮舉擁準覽語請記許談課評試詳譽達運邁遠連輕較轉辦將區\
        織線練給統續紹約終細經網維緊總綜綠縮績響項順預領頻額風飛養餘館馬驗騰鳥龍齡兒內兩則剛劇動務勝區協單衛歷參\
        雙發變後總態戰歲歷準滿漢潔濟為無煙熱爭獨現當畫發產盡監確礎禮離種積穩窮競築簡糧紅級紀約紙細終組結絕絡給統\
        經綠維網緊線練縣總績繼續罰義習聖聞聯聲職肅脅腦與興舊艱藝節範華葉藥蘇處號術衛裝製複見規視親觀計訂討訓記設許\
        論設證評識診該詳語誤說調談請諸謝講證識議護讀變讓貝負財責貨販貫貴買費貿資賓賣賽質贊趕車軍軟較輔輕輸辦農這\
        進運過達違適選遺還邊鄉鄭醫釋針鋼錄錢錯鍵鎮長門開間閱關陸陰陳陽際隊隨險隱雖雙雜難電靜響頁頂項順須預領頭題顏\
        願類顯風飛飯飲館馬駐驗體髮鬥魚鮮鳥點齊龍
        """
    /// Characters found in Simplified text only.
    static let simplifiedOnly = """
        这个们来时为说国会学对发经过从还进动种开样问关长现点与机当实业区务员产议设计项报训农术专传资识权创级组织\
        标场验县乡镇环质规导领题单门间总结绩调广东车电话网络际协办处费护预备责应该让认论气边条华义书见观听变读写亲头\
        买卖钱医岁师号将层厂价历钟众亿两卫齐联类显响参选择双兴扩济团属陈阳队讲监灾筑画庆欢乐艺职劳证态热积极检测录\
        签订审纪节围构顾奖励图馆颁贫帮归丽优势疗险厅礼举拥览语请记许谈课评试详誉达运迈远连轻较转线练给统续绍约终细\
        维紧综绿缩顺频额风飞养馀马腾鸟龙龄儿则刚剧战满汉洁无烟争独尽确础离稳穷竞简粮红纸绝继罚习圣闻声肃胁脑旧\
        艰药苏装复视讨误诸谢贝负财货贩贯贵贸宾赛赞赶军软辅输违适遗郑释针钢错键阅陆阴随隐虽杂难静页顶须颜愿饭饮驻\
        鱼鲜
        """

    /// 1 for a Traditional-only character, 2 for a Simplified-only one, 0 for the rest, indexed from U+4E00.
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x9FFF - 0x4E00 + 1)
        for (characters, mark) in [(traditionalOnly, UInt8(1)), (simplifiedOnly, 2)] {
            for scalar in characters.unicodeScalars where (0x4E00...0x9FFF).contains(scalar.value) {
                table[Int(scalar.value) - 0x4E00] = mark
            }
        }
        return table
    }()

    /// The script of one character, if it tells.
    static func script(of scalar: UInt32) -> ReportLocale? {
        guard scalar >= 0x4E00, scalar <= 0x9FFF else { return nil }
        switch table[Int(scalar) - 0x4E00] {
        case 1: return .zhHant
        case 2: return .zhHans
        default: return nil
        }
    }

    /// How many characters of each script a text has, and where the first of each is.
    var traditional = 0, simplified = 0
    var firstTraditional: (location: SourceLocation, character: Character)?
    var firstSimplified: (location: SourceLocation, character: Character)?

    /// Whether more characters are worth counting: some thousands decide any file, and counting stops there so
    /// that a large file costs no more.
    var wantsMore: Bool { traditional + simplified < 10_000 }

    /// Counts a character; true when it is the first of its script, whose place ``noteFirst(_:at:)`` then takes.
    mutating func count(_ scalar: UInt32) -> Bool {
        switch Self.script(of: scalar) {
        case .zhHant?:
            traditional += 1
            return firstTraditional == nil
        case .zhHans?:
            simplified += 1
            return firstSimplified == nil
        default:
            return false
        }
    }

    mutating func noteFirst(_ scalar: UInt32, at location: SourceLocation) {
        let example = (location, Character(Unicode.Scalar(scalar)!))
        if Self.script(of: scalar) == .zhHant { firstTraditional = example } else { firstSimplified = example }
    }

    /// The counts of several files together; the first examples in file order.
    mutating func add(_ other: ChineseScript) {
        traditional += other.traditional
        simplified += other.simplified
        if firstTraditional == nil { firstTraditional = other.firstTraditional }
        if firstSimplified == nil { firstSimplified = other.firstSimplified }
    }

    /// The locale the text is written for: the script with more characters, when any character tells.
    var locale: ReportLocale? {
        if traditional == 0 && simplified == 0 { return nil }
        return traditional >= simplified ? .zhHant : .zhHans
    }

    /// A character of the text's own script and where it is, to show in a message.
    var example: (location: SourceLocation, character: Character)? {
        locale == .zhHant ? firstTraditional : firstSimplified
    }
}
