/// The font table, `word/fontTable.xml`: each face the styles name, with its other name (Windows registers 仿宋 as
/// FangSong too) as `w:altName`, which an application should try when the face is missing, and its character set
/// (GB2312 for the Chinese faces) so that a substitute covers Chinese.
enum WordFontTable {
    /// The other name, character set, family and pitch of the faces the house styles use.
    private static let known: [String: (altName: String?, charset: String, family: String, pitch: String)] = [
        "仿宋": ("FangSong", "86", "modern", "fixed"),
        "楷体": ("KaiTi", "86", "modern", "fixed"),
        "黑体": ("SimHei", "86", "modern", "fixed"),
        "宋体": ("SimSun", "86", "auto", "variable"),
        "方正小标宋简体": ("FZXiaoBiaoSong-B05S", "86", "script", "default"),
        "方正小标宋_GBK": ("FZXiaoBiaoSong-B05", "86", "script", "default"),
        "Times New Roman": (nil, "00", "roman", "variable"),
        "Arial": (nil, "00", "swiss", "variable"),
    ]

    static func xml(faces: [String]) -> String {
        var writer = XMLWriter()
        writer.element("w:fonts", [("xmlns:w", WordNamespace.main)]) { writer in
            for face in faces {
                writer.element("w:font", [("w:name", face)]) { writer in
                    guard let font = known[face] else { return }
                    if let altName = font.altName { writer.empty("w:altName", [("w:val", altName)]) }
                    writer.empty("w:charset", [("w:val", font.charset)])
                    writer.empty("w:family", [("w:val", font.family)])
                    writer.empty("w:pitch", [("w:val", font.pitch)])
                }
            }
        }
        return writer.document
    }
}
