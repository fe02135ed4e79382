/// The namespace, relationship and content-type names of the Office Open XML parts the Word document has
/// (ECMA-376 Transitional, as Word writes it), and their Strict twins that a user's reference may use.
enum WordNamespace {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    static let documentPropertiesTypes = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"

    static let strictMain = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let strictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships"

    /// Strict namespaces and their Transitional names, for reading a Strict part into a Transitional package.
    static let strictToTransitional: [(strict: String, transitional: String)] = [
        (strictMain, main),
        (strictRelationships, relationships),
        ("http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("http://purl.oclc.org/ooxml/officeDocument/math", "http://schemas.openxmlformats.org/officeDocument/2006/math"),
    ]

    /// `http://schemas.openxmlformats.org/officeDocument/2006/relationships/<kind>`.
    static func relationshipType(_ kind: String) -> String {
        "\(relationships)/\(kind)"
    }

    /// `application/vnd.openxmlformats-officedocument.wordprocessingml.<kind>+xml`.
    static func wordContentType(_ kind: String) -> String {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.\(kind)+xml"
    }
}
