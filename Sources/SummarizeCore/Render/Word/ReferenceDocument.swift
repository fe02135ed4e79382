import Foundation
internal import ZIPFoundation

/// An office's house style for Word: a .docx (or .dotx) whose styles and page the report takes, as pandoc's
/// `--reference-doc` does. Usually `Templates/<locale>/reference.docx`, started from
/// ``WordDocument/defaultReference(locale:)`` and restyled in Word or WPS.
///
/// - Styles: the reference's whole `word/styles.xml`, with those of our styles that it lacks (matched by name,
///   case-insensitively; never by ID, which Word localizes) added as we define them.
/// - Page: paper, margins, columns and document grid of its last `w:sectPr` (the body's).
/// - Both Transitional and Strict files are read; a Strict styles part is renamed into the Transitional
///   namespaces our package uses. Its header, footer, theme and settings parts are not taken.
struct ReferenceDocument: Sendable {
    var styles: WordStyleSheet
    var pageSetup: WordPageSetup

    static let fileName = "reference.docx"

    /// The reference in a locale's templates folder (`Templates/zh-Hans/reference.docx`), or nil when there is none.
    static func load(templatesDirectory: URL, locale: ReportLocale) throws(DiagnosticError) -> ReferenceDocument? {
        let url = templatesDirectory.appendingPathComponent(locale.rawValue, isDirectory: true)
            .appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try load(from: url, locale: locale)
    }

    /// Reads a reference document; any problem is a diagnostic naming the file.
    static func load(from url: URL, locale: ReportLocale) throws(DiagnosticError) -> ReferenceDocument {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DiagnosticError(Diagnostic(file: url.relativePath, "cannot read the reference document: \(error.localizedDescription)"))
        }
        return try ReferenceDocument(data: data, file: url.relativePath, locale: locale)
    }

    /// Reads a reference document from its bytes; `file` names it in messages. Our missing styles are added as
    /// `locale`'s house style defines them.
    init(data: Data, file: String, locale: ReportLocale) throws(DiagnosticError) {
        let hint = "save it from Word or WPS as a Word document (.docx), or write a fresh one with "
            + "`summarize templates --reference-docx \(file)`"
        func problem(_ message: String) -> DiagnosticError {
            DiagnosticError(Diagnostic(file: file, message, hint: hint))
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw problem("the reference document is not a Word document (.docx): it is not a ZIP archive")
        }
        func part(_ name: String) throws(DiagnosticError) -> String? {
            guard let entry = archive[name] else { return nil }
            var bytes = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            } catch {
                throw problem("the reference document's part \(name) cannot be unpacked (\(error))")
            }
            guard let text = String(data: bytes, encoding: .utf8) else {
                throw problem("the reference document's part \(name) is not UTF-8 text")
            }
            return text
        }
        func scanned<T>(_ name: String, _ text: String, _ read: (XMLScanner) throws(XMLScanner.Malformed) -> T)
            throws(DiagnosticError) -> T {
            do {
                return try read(XMLScanner(text))
            } catch {
                throw problem("the reference document's part \(name) is not well-formed XML: \(error)")
            }
        }

        guard let packageRelationships = try part("_rels/.rels") else {
            throw problem("the reference document is not a Word document (.docx): it has no _rels/.rels")
        }
        let mainTarget = try scanned("_rels/.rels", packageRelationships) { scanner throws(XMLScanner.Malformed) in
            try Self.relationshipTargets(in: scanner, kind: "officeDocument").first
        }
        let mainName = mainTarget.map { Self.partName($0, relativeTo: "") }
        guard let mainName, let main = try part(mainName) else {
            throw problem("the reference document is not a Word document (.docx): it has no main document part")
        }
        let folder = mainName.contains("/") ? String(mainName[...mainName.lastIndex(of: "/")!]) : ""
        let relationshipsName = folder + "_rels/" + String(mainName.dropFirst(folder.count)) + ".rels"
        var stylesXML: String?
        if let relationships = try part(relationshipsName) {
            let stylesTarget = try scanned(relationshipsName, relationships) { scanner throws(XMLScanner.Malformed) in
                try Self.relationshipTargets(in: scanner, kind: "styles").first
            }
            if let stylesTarget { stylesXML = try part(Self.partName(stylesTarget, relativeTo: folder)) }
        }
        pageSetup = try scanned(mainName, main) { scanner throws(XMLScanner.Malformed) in try Self.lastPageSetup(in: scanner) }
        let house = WordHouseStyle.for(locale)
        let definitions = WordStyleDefinitions(house: house, pageSetup: pageSetup)
        if let stylesXML {
            let transitional = WordNamespace.strictToTransitional.reduce(stylesXML) { text, names in
                text.replacingOccurrences(of: "\"\(names.strict)\"", with: "\"\(names.transitional)\"")
            }
            styles = try scanned("styles.xml", transitional) { scanner throws(XMLScanner.Malformed) in
                try Self.merging(definitions, into: transitional, scanner: scanner)
            }
        } else {
            styles = WordStyleSheet.standard(house, pageSetup: pageSetup)
        }
    }

    // MARK: Relationships

    /// The targets of a relationships part's relationships of one kind (`styles`), Transitional or Strict.
    static func relationshipTargets(in scanner: XMLScanner, kind: String) throws(XMLScanner.Malformed) -> [String] {
        var targets: [String] = []
        try scanner.scan { event in
            guard case let .start(element) = event, element.name.localName == "Relationship",
                  let type = element.attribute(nil, "Type"), let target = element.attribute(nil, "Target"),
                  type == WordNamespace.relationshipType(kind) || type == "\(WordNamespace.strictRelationships)/\(kind)",
                  element.attribute(nil, "TargetMode") != "External"
            else { return }
            targets.append(target)
        }
        return targets
    }

    /// A relationship target as a part name: `styles.xml` from `word/` is `word/styles.xml`; `/word/x.xml` is absolute.
    static func partName(_ target: String, relativeTo folder: String) -> String {
        var components = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }

    // MARK: Page

    /// The page of the last `w:sectPr` (the body's); GB/T 9704's where it or a value is missing.
    static func lastPageSetup(in scanner: XMLScanner) throws(XMLScanner.Malformed) -> WordPageSetup {
        var page: WordPageSetup?
        var current: WordPageSetup?
        var depth = 0
        try scanner.scan { event in
            switch event {
            case let .start(element):
                let namespace = element.name.namespace
                let isWordprocessing = namespace == WordNamespace.main || namespace == WordNamespace.strictMain
                if isWordprocessing, element.name.localName == "sectPr", current == nil {
                    current = WordPageSetup.gbt9704
                    depth = 0
                    return
                }
                guard current != nil else { return }
                depth += 1
                guard depth == 1, isWordprocessing else { return }
                func value(_ name: String) -> Int? { element.attribute(namespace, name).flatMap(twips) }
                switch element.name.localName {
                case "pgSz":
                    current!.width = value("w") ?? current!.width
                    current!.height = value("h") ?? current!.height
                    current!.landscape = element.attribute(namespace, "orient") == "landscape"
                case "pgMar":
                    current!.top = value("top") ?? current!.top
                    current!.right = value("right") ?? value("end") ?? current!.right
                    current!.bottom = value("bottom") ?? current!.bottom
                    current!.left = value("left") ?? value("start") ?? current!.left
                    current!.header = value("header") ?? current!.header
                    current!.footer = value("footer") ?? current!.footer
                    current!.gutter = value("gutter") ?? current!.gutter
                case "cols":
                    current!.columnSpace = value("space") ?? current!.columnSpace
                    current!.columnCount = value("num") ?? 1
                case "docGrid":
                    current!.gridType = element.attribute(namespace, "type").flatMap(WordPageSetup.GridType.init) ?? .none
                    current!.linePitch = value("linePitch")
                    current!.charSpace = element.attribute(namespace, "charSpace").flatMap { Int($0) }
                default:
                    break
                }
            case .end:
                guard current != nil else { return }
                if depth == 0 {  // the end of the sectPr
                    page = current
                    current = nil
                } else {
                    depth -= 1
                }
            }
        }
        return page ?? .gbt9704
    }

    /// A length in twips: a number, or a universal measure (`21cm`, `1in`, `12pt`) as Strict files may write it.
    static func twips(_ text: String) -> Int? {
        if let number = Int(text) { return number }
        let units: [(String, Double)] = [("mm", 1440 / 25.4), ("cm", 1440 / 2.54), ("in", 1440), ("pt", 20), ("pc", 240), ("pi", 240)]
        for (unit, factor) in units where text.hasSuffix(unit) {
            guard let number = Double(text.dropLast(unit.count)) else { return nil }
            return Int((number * factor).rounded())
        }
        return nil
    }

    // MARK: Styles

    /// The reference's styles part with our missing styles added before its end tag, and the IDs of all of ours.
    static func merging(_ definitions: WordStyleDefinitions, into xml: String, scanner: XMLScanner)
        throws(XMLScanner.Malformed) -> WordStyleSheet {
        var existing: [(type: String, id: String, name: String)] = []
        var rootEnd: Int?
        var rootBindsW = false
        var depth = 0
        var style: (type: String, id: String)?
        var sawRoot = false
        try scanner.scan { event throws(XMLScanner.Malformed) in
            switch event {
            case let .start(element):
                depth += 1
                if depth == 1 {
                    guard element.name == .init(namespace: WordNamespace.main, localName: "styles") else {
                        throw XMLScanner.Malformed(offset: element.range.lowerBound, reason: "the root element is not w:styles")
                    }
                    sawRoot = true
                    rootBindsW = element.namespaces["w"] == WordNamespace.main
                } else if depth == 2, element.name.localName == "style" {
                    style = (element.attribute(WordNamespace.main, "type") ?? "paragraph", element.attribute(WordNamespace.main, "styleId") ?? "")
                } else if depth == 3, element.name.localName == "name", let current = style {
                    existing.append((current.type, current.id, element.attribute(WordNamespace.main, "val") ?? ""))
                }
            case let .end(_, range):
                if depth == 2 { style = nil }
                if depth == 1 { rootEnd = range.lowerBound }
                depth -= 1
            }
        }
        guard sawRoot, let rootEnd else { throw XMLScanner.Malformed(offset: 0, reason: "no w:styles element") }

        var ids: [WordStyle: String] = [:]
        var missing: [WordStyle] = []
        var takenIDs = Set(existing.map(\.id))
        for ours in WordStyle.allCases {
            if let match = existing.first(where: { $0.type == ours.kind.rawValue && $0.name.lowercased() == ours.name.lowercased() }) {
                ids[ours] = match.id
                continue
            }
            var id = ours.id
            var suffix = 1
            while takenIDs.contains(id) {
                id = "\(ours.id)\(suffix)"
                suffix += 1
            }
            takenIDs.insert(id)
            ids[ours] = id
            missing.append(ours)
        }
        var added = XMLWriter(declaration: false)
        for ours in missing {
            definitions.write(ours, ids: ids, declaringNamespace: !rootBindsW, to: &added)
        }
        let utf8 = Array(xml.utf8)
        let merged = String(decoding: utf8[..<rootEnd], as: UTF8.self) + added.document + String(decoding: utf8[rootEnd...], as: UTF8.self)
        return WordStyleSheet(xml: merged, ids: ids)
    }
}
