/// The settings part, `word/settings.xml`, children in the schema's order.
///
/// - `w:evenAndOddHeaders`: odd pages use the default footer, even pages the even one (page numbers right/left).
/// - `w:characterSpacingControl doNotCompress`: punctuation keeps its full width, so the character grid holds.
/// - `compatibilityMode` 15: Word 2013 and later open the file without Compatibility Mode.
enum WordSettings {
    static func xml(house: WordHouseStyle) -> String {
        var writer = XMLWriter()
        writer.element("w:settings", [("xmlns:w", WordNamespace.main)]) { writer in
            writer.empty("w:zoom", [("w:percent", "100")])
            writer.empty("w:defaultTabStop", [("w:val", "420")])
            writer.empty("w:evenAndOddHeaders")
            writer.empty("w:characterSpacingControl", [("w:val", "doNotCompress")])
            writer.element("w:compat") { writer in
                writer.empty("w:compatSetting", [("w:name", "compatibilityMode"),
                                                 ("w:uri", "http://schemas.microsoft.com/office/word"), ("w:val", "15")])
            }
            writer.empty("w:themeFontLang", [("w:val", "en-US"), ("w:eastAsia", house.eastAsianLanguage)])
            writer.empty("w:decimalSymbol", [("w:val", ".")])
            writer.empty("w:listSeparator", [("w:val", ",")])
        }
        return writer.document
    }
}
