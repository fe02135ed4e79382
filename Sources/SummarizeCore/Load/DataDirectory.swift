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
        if let source = try lookUp(period) { return source }
        let displayPath = url.appendingPathComponent("\(period).yaml").relativePath
        switch DataFileAccess.presence(of: url.path) {
        case let .present(status) where status.isDirectory:
            break
        case let .unknown(problem):
            throw DiagnosticError(problem.readingDiagnostic(file: url.relativePath, "cannot open the data folder", isFolder: true))
        default:
            throw DiagnosticError(Diagnostic(file: url.relativePath, "the data folder does not exist",
                                             hint: "run summarize in the folder that holds Data/, or name the folder with --data"))
        }
        do {
            _ = try FileSystem.names(in: url.path)
        } catch {
            throw DiagnosticError(error.readingDiagnostic(file: url.relativePath, "cannot list the data folder", isFolder: true))
        }
        let known = periods()
        let hint = known.isEmpty
            ? "the folder has no data files yet; create \(displayPath), or start one with  summarize init --period \(period)"
            : "the periods with data are: \(known.map(\.description).joined(separator: ", "))"
        throw DiagnosticError(Diagnostic(file: displayPath, "there is no data file for \(period)", hint: hint))
    }

    /// The data of a period if there is any; a file wins over a folder of the same period. Anything named like a
    /// data file counts as one, so that a folder or device named `2016H1.yaml` is refused by name when it is read
    /// rather than silently passed over. Nil also when the folder cannot be looked into (``lookUp(_:)`` says why).
    public func existingSource(for period: Period) -> Source? {
        (try? lookUp(period)) ?? nil
    }

    /// The data of a period, nil when there is none, or the reason it cannot be told: a data folder or a department
    /// folder this user may not open is "permission denied" with its path, never "no data".
    func lookUp(_ period: Period) throws(DiagnosticError) -> Source? {
        for fileExtension in Self.fileExtensions {
            let candidate = url.appendingPathComponent("\(period).\(fileExtension)")
            switch DataFileAccess.presence(of: candidate.path) {
            case .present: return .file(candidate)
            case .absent: continue
            case let .unknown(problem):
                throw DiagnosticError(problem.readingDiagnostic(file: url.relativePath, "cannot look into the data folder", isFolder: true))
            }
        }
        let folder = url.appendingPathComponent("\(period)", isDirectory: true)
        guard case let .present(status) = DataFileAccess.presence(of: folder.path), status.isDirectory else { return nil }
        let names: [String]
        do {
            names = try FileSystem.names(in: folder.path)
        } catch {
            throw DiagnosticError(error.readingDiagnostic(file: folder.relativePath, "cannot list the department folder", isFolder: true))
        }
        var files: [URL] = []
        for name in names.sorted() where !name.hasPrefix(".") && Self.fileExtensions.contains((name as NSString).pathExtension.lowercased()) {
            let file = folder.appendingPathComponent(name)
            switch DataFileAccess.presence(of: file.path) {
            case let .present(status) where !status.isDirectory: files.append(file)
            case .present, .absent: continue
            case let .unknown(problem):
                throw DiagnosticError(problem.readingDiagnostic(file: folder.relativePath, "cannot look into the department folder", isFolder: true))
            }
        }
        return .folder(folder, files: files)
    }

    /// Every period that has data here, oldest first; none when the folder cannot be read (for completions and
    /// suggestions; ``listedPeriods()`` says why).
    public func periods() -> [Period] {
        (try? listedPeriods()) ?? []
    }

    /// Every period that has data here, oldest first; none when the folder does not exist, and an error naming the
    /// folder when it exists but cannot be listed (permission denied).
    func listedPeriods() throws(DiagnosticError) -> [Period] {
        let names: [String]
        switch DataFileAccess.presence(of: url.path) {
        case .absent: return []
        case let .unknown(problem):
            throw DiagnosticError(problem.readingDiagnostic(file: url.relativePath, "cannot look into the data folder", isFolder: true))
        case .present:
            do {
                names = try FileSystem.names(in: url.path)
            } catch {
                throw DiagnosticError(error.readingDiagnostic(file: url.relativePath, "cannot list the data folder", isFolder: true))
            }
        }
        let periods = names.compactMap { name -> Period? in
            let parts = name.split(separator: ".", maxSplits: 1)
            if parts.count == 2 { return Self.fileExtensions.contains(String(parts[1])) ? Period(String(parts[0])) : nil }
            return Period(name).flatMap { existingSource(for: $0) != nil ? $0 : nil }
        }
        return Set(periods).sorted()
    }
}
