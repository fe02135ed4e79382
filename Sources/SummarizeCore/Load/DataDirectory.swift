import Foundation

/// The folder of data files: one file per period (`Data/2016H1.yaml`, or `.yml`), or one folder per period with a
/// file per department (`Data/2016H1/科普科.yaml`).
public struct DataDirectory: Sendable {
    public let url: URL

    public init(_ url: URL) {
        self.url = url
    }

    /// The extensions a data file may have, preferred first.
    static let fileExtensions = ["yaml", "yml"]

    /// Where a period's data is.
    public enum Source: Sendable, Equatable {
        case file(URL)
        /// A department folder and its data files, in file-name order.
        case folder(URL, files: [URL])

        /// The data files, in the order they are merged.
        public var files: [URL] {
            switch self {
            case let .file(url): [url]
            case let .folder(_, files): files
            }
        }

        /// The file or folder, for messages.
        public var url: URL {
            switch self {
            case let .file(url), let .folder(url, _): url
            }
        }
    }

    /// The data of a period. The names are built from the parsed period, never from what the user typed, so they
    /// always lie inside this folder.
    public func source(for period: Period) throws(DiagnosticError) -> Source {
        if let source = existingSource(for: period) { return source }
        let displayPath = url.appendingPathComponent("\(period).yaml").relativePath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError(Diagnostic(file: url.relativePath, "the data folder does not exist",
                                             hint: "run summarize in the folder that holds Data/, or name the folder with --data"))
        }
        let known = periods()
        let hint = known.isEmpty
            ? "the folder has no data files yet; create \(displayPath), or start one with  summarize init --period \(period)"
            : "the periods with data are: \(known.map(\.description).joined(separator: ", "))"
        throw DiagnosticError(Diagnostic(file: displayPath, "there is no data file for \(period)", hint: hint))
    }

    /// The data of a period if there is any; a file wins over a folder of the same period. Anything named like a
    /// data file counts as one, so that a folder or device named `2016H1.yaml` is refused by name when it is read
    /// rather than silently passed over.
    public func existingSource(for period: Period) -> Source? {
        for fileExtension in Self.fileExtensions {
            let candidate = url.appendingPathComponent("\(period).\(fileExtension)")
            if FileManager.default.fileExists(atPath: candidate.path) { return .file(candidate) }
        }
        let folder = url.appendingPathComponent("\(period)", isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files = names
            .filter { !$0.hasPrefix(".") && Self.fileExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
            .map { folder.appendingPathComponent($0) }
            .filter(isFile)
        return .folder(folder, files: files)
    }

    /// Every period that has data here, oldest first.
    public func periods() -> [Period] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        let periods = names.compactMap { name -> Period? in
            let parts = name.split(separator: ".", maxSplits: 1)
            if parts.count == 2 { return Self.fileExtensions.contains(String(parts[1])) ? Period(String(parts[0])) : nil }
            return Period(name).flatMap { existingSource(for: $0) != nil ? $0 : nil }
        }
        return Set(periods).sorted()
    }

    private func isFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
