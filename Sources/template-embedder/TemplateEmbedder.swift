import Foundation

// Writes the Swift source of `BuiltInTemplates`: every file of a templates folder (one subfolder per locale) as a
// string literal keyed by its path in the folder. Run by the EmbedTemplates build plugin:
//   template-embedder TEMPLATES_FOLDER OUTPUT.swift

/// A command, not top-level code, so that it also builds where every executable is compiled as a library (the
/// fuzzer's build passes `-parse-as-library`).
@main
enum TemplateEmbedder {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 3 else {
            FileHandle.standardError.write(Data("usage: template-embedder TEMPLATES_FOLDER OUTPUT.swift\n".utf8))
            exit(64)
        }
        let folder = URL(fileURLWithPath: arguments[1], isDirectory: true).standardizedFileURL
        let output = URL(fileURLWithPath: arguments[2])
        try Data(source(of: templateFiles(in: folder)).utf8).write(to: output, options: .atomic)
    }

    /// Every file of the templates folder, by its path in the folder (`zh-Hant/section.md.mustache`), in path order.
    static func templateFiles(in folder: URL) throws -> [(path: String, text: String)] {
        var entries: [(path: String, text: String)] = []
        let locales = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        for locale in locales {
            let localeFolder = folder.appendingPathComponent(locale, isDirectory: true)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: localeFolder.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            for name in try FileManager.default.contentsOfDirectory(atPath: localeFolder.path).filter({ !$0.hasPrefix(".") }).sorted() {
                let text = try String(contentsOf: localeFolder.appendingPathComponent(name), encoding: .utf8)
                entries.append(("\(locale)/\(name)", text))
            }
        }
        return entries
    }

    /// A raw multi-line string literal holding `text` exactly: enough `#` that neither the closing delimiter nor an
    /// escape can occur inside.
    static func literal(_ text: String) -> String {
        var hashes = "#"
        while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
        return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
    }

    /// The Swift source of `BuiltInTemplates` for these files.
    static func source(of entries: [(path: String, text: String)]) -> String {
        var source = """
        // Generated at build time by Plugins/EmbedTemplates from the Templates folder; do not edit.

        /// The default templates of every locale, compiled in: file contents by path in the Templates folder
        /// (`zh-Hant/section.md.mustache`).
        enum BuiltInTemplates {
            static let files: [String: String] = [

        """
        for entry in entries {
            source += "\"\(entry.path)\": \(literal(entry.text)),\n"
        }
        return source + "    ]\n}\n"
    }
}
