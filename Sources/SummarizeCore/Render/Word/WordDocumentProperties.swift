import Foundation

/// The document properties Word shows under File › Info: `docProps/core.xml` (title, author = the organization,
/// language, dates) and `docProps/app.xml` (the application and company).
enum WordDocumentProperties {
    static func coreXML(title: String, creator: String, language: String, created: Date) -> String {
        let date = w3cDate(created)
        var writer = XMLWriter()
        writer.element("cp:coreProperties", [
            ("xmlns:cp", WordNamespace.coreProperties), ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"), ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ]) { writer in
            writer.element("dc:title", text: title)
            writer.element("dc:creator", text: creator)
            writer.element("cp:lastModifiedBy", text: creator)
            writer.element("dc:language", text: language)
            writer.element("dcterms:created", [("xsi:type", "dcterms:W3CDTF")], text: date)
            writer.element("dcterms:modified", [("xsi:type", "dcterms:W3CDTF")], text: date)
        }
        return writer.document
    }

    static func appXML(company: String) -> String {
        var writer = XMLWriter()
        writer.element("Properties", [("xmlns", WordNamespace.extendedProperties),
                                      ("xmlns:vt", WordNamespace.documentPropertiesTypes)]) { writer in
            writer.element("Application", text: "summarize")
            writer.element("DocSecurity", text: "0")
            writer.element("Company", text: company)
        }
        return writer.document
    }

    /// `2016-07-08T09:30:00Z`: W3CDTF in UTC, whole seconds.
    static func w3cDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(parts.year ?? 1980)-\(two(parts.month))-\(two(parts.day))T\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))Z"
    }
}
