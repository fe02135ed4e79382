import Foundation

/// What a period's reports were made from, written beside them (`Output/.2016H1.summarize`) in the same step as
/// the reports themselves, so that `summarize list` and `summarize build` can tell a current report from a stale
/// one by content, not by modification times: a deleted department file, a data file restored with an older
/// date, or the style table of the locale the report was written in all make it stale.
struct ReportRecord: Equatable, Sendable {
    /// The fingerprint of every input (see ``fingerprint(of:data:templates:locale:)``).
    var fingerprint: String
    /// The language the report was written in, whose templates are among the inputs.
    var locale: String
    /// The formats written, in the order asked for: what `build` writes again.
    var formats: [String]

    /// The record's file name in the output folder.
    static func fileName(for period: Period) -> String { ".\(period).summarize" }

    /// The record of a period in an output folder, if it has one that can be read.
    static func read(for period: Period, in folder: URL) -> ReportRecord? {
        let url = folder.appendingPathComponent(fileName(for: period))
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var fields: [Substring: [Substring]] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let words = line.split(separator: " ")
            if let key = words.first { fields[key] = Array(words.dropFirst()) }
        }
        guard let fingerprint = fields["fingerprint"]?.first, let locale = fields["locale"]?.first,
              let formats = fields["formats"] else { return nil }
        return ReportRecord(fingerprint: String(fingerprint), locale: String(locale), formats: formats.map(String.init))
    }

    /// The record as its file holds it: one field a line, its name and its values.
    var data: Data {
        Data("fingerprint \(fingerprint)\nlocale \(locale)\nformats \(formats.joined(separator: " "))\n".utf8)
    }

    /// A fingerprint of everything a period's report is made from: the data files of the period and of the periods
    /// it is compared with and reviews (names and contents), the house style's files of the locale, the built-in
    /// templates of the locale (which change with the tool), and the locale itself.
    static func fingerprint(of period: Period, data: DataDirectory, templates: TemplateSet.Folder?, locale: ReportLocale) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add(locale.rawValue)
        for earlier in Set([period, period.previous, period.yearAgo]).sorted() {
            fingerprint.add("period \(earlier)")
            for file in data.existingSource(for: earlier)?.files ?? [] {
                add(file, named: file.lastPathComponent, to: &fingerprint)
            }
        }
        if let folder = templates?.url.appendingPathComponent(locale.rawValue, isDirectory: true) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                add(folder.appendingPathComponent(name), named: name, to: &fingerprint)
            }
        }
        for (name, file) in BuiltInTemplates.files(of: locale).sorted(by: { $0.key < $1.key }) {
            fingerprint.add("built in \(name)")
            fingerprint.add(file.text)
        }
        return fingerprint.hex
    }

    private static func add(_ url: URL, named name: String, to fingerprint: inout Fingerprint) {
        fingerprint.add(name)
        fingerprint.add(FileManager.default.contents(atPath: url.path) ?? Data())
        fingerprint.add("")
    }
}
