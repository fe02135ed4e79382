import Foundation
internal import ZIPFoundation

/// The parts of a .docx and their relationships, zipped as Word zips them (Open Packaging Conventions).
///
/// The archive is built in memory: every entry deflated and dated 1980-01-01 00:00 (so the same document gives the
/// same bytes), no directory entries (Word asks to repair a file that has them), `[Content_Types].xml` first, then
/// `_rels/.rels` and the main part (type sniffers read the first entries), then the rest in the order given.
/// `[Content_Types].xml` and both relationship parts are generated from ``parts``.
struct WordPackage {
    struct Part {
        /// The part's name inside the package, ASCII, without a leading slash: `word/styles.xml`.
        var name: String
        var contentType: String
        /// The relationship from the main part (`styles`, `footer`, …) or from the package (`officeDocument`,
        /// core and extended properties), as a full relationship type URI.
        var relationshipType: String
        var isPackageRelationship: Bool
        var data: Data
    }

    /// The main part, `word/document.xml`.
    var document: Data
    /// Every other part, in writing order. Relationship IDs are `rId1`, `rId2`, … in this order.
    var parts: [Part]

    static let mainPartName = "word/document.xml"
    /// 1980-01-01 00:00 UTC, the earliest date a ZIP entry holds and the one Word writes.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// The relationship ID of a part of ``parts`` (nil if it is not among them).
    func relationshipID(of name: String) -> String? {
        parts.firstIndex { $0.name == name }.map { "rId\($0 + 1)" }
    }

    var contentTypesXML: String {
        var writer = XMLWriter()
        writer.element("Types", [("xmlns", WordNamespace.contentTypes)]) { writer in
            writer.empty("Default", [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
            writer.empty("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
            writer.empty("Override", [("PartName", "/" + Self.mainPartName),
                                      ("ContentType", WordNamespace.wordContentType("document.main"))])
            for part in parts {
                writer.empty("Override", [("PartName", "/" + part.name), ("ContentType", part.contentType)])
            }
        }
        return writer.document
    }

    var packageRelationshipsXML: String {
        relationshipsXML([(Self.mainPartName, WordNamespace.relationshipType("officeDocument"), "rId0")]
            + parts.enumerated().filter { $1.isPackageRelationship }.map { ($1.name, $1.relationshipType, "rId\($0 + 1)") },
            relativeTo: "")
    }

    var documentRelationshipsXML: String {
        relationshipsXML(parts.enumerated().filter { !$1.isPackageRelationship }.map { ($1.name, $1.relationshipType, "rId\($0 + 1)") },
                         relativeTo: "word/")
    }

    private func relationshipsXML(_ relationships: [(name: String, type: String, id: String)], relativeTo folder: String) -> String {
        var writer = XMLWriter()
        writer.element("Relationships", [("xmlns", WordNamespace.packageRelationships)]) { writer in
            for relationship in relationships {
                let target = relationship.name.hasPrefix(folder) ? String(relationship.name.dropFirst(folder.count)) : "/" + relationship.name
                writer.empty("Relationship", [("Id", relationship.id), ("Type", relationship.type), ("Target", target)])
            }
        }
        return writer.document
    }

    /// The .docx file's bytes.
    func zipped() throws(DiagnosticError) -> Data {
        let entries: [(String, Data)] = [
            ("[Content_Types].xml", Data(contentTypesXML.utf8)),
            ("_rels/.rels", Data(packageRelationshipsXML.utf8)),
            (Self.mainPartName, document),
            ("word/_rels/document.xml.rels", Data(documentRelationshipsXML.utf8)),
        ] + parts.map { ($0.name, $0.data) }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (name, data) in entries {
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: Self.entryDate,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let bytes = archive.data else { throw Archive.ArchiveError.unwritableArchive }
            return bytes
        } catch {
            throw DiagnosticError(Diagnostic(file: nil, "could not build the Word document: \(error)",
                                             hint: "this is a bug in summarize; please report it with the data file"))
        }
    }
}
