import Foundation

/// The folder of data files, one per period: `Data/2016H1.yaml` (or `.yml`).
public struct DataDirectory: Sendable {
    public let url: URL

    public init(_ url: URL) {
        self.url = url
    }

    /// The extensions a data file may have, preferred first.
    static let fileExtensions = ["yaml", "yml"]

    /// The data file of a period. The name is built from the parsed period, never from what the user typed, so
    /// it always lies directly inside this folder.
    public func file(for period: Period) throws(DiagnosticError) -> URL {
        for fileExtension in Self.fileExtensions {
            let candidate = url.appendingPathComponent("\(period).\(fileExtension)")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        let displayPath = url.appendingPathComponent("\(period).yaml").relativePath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError(Diagnostic(file: url.relativePath, "the data folder does not exist",
                                             hint: "run summarize in the folder that holds Data/, or name the folder with --data"))
        }
        let known = periods()
        let hint = known.isEmpty
            ? "the folder has no data files yet; create \(displayPath)"
            : "the periods with data are: \(known.map(\.description).joined(separator: ", "))"
        throw DiagnosticError(Diagnostic(file: displayPath, "there is no data file for \(period)", hint: hint))
    }

    /// Every period that has a data file here, oldest first.
    public func periods() -> [Period] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        let periods = names.compactMap { name -> Period? in
            let parts = name.split(separator: ".", maxSplits: 1)
            guard parts.count == 2, Self.fileExtensions.contains(String(parts[1])) else { return nil }
            return Period(String(parts[0]))
        }
        return Set(periods).sorted()
    }
}
