import Foundation

/// Data files are the staff's work: the tool never writes among them, whatever the flags say.
///
/// The output folder usually does not exist yet when this is asked (`--output DLink/2016H2`), so resolving its
/// links as a whole finds nothing to resolve; the path is resolved component by component instead, following every
/// symbolic link up to the deepest one that exists, and the rest appended as written. Folders are then compared
/// as lists of components (`/a/Data2` is not inside `/a/Data`), and each existing folder on the output's way by
/// device and inode with the data folder (a bind mount or a case-insensitive disk gives a second path to it).
public enum OutputGuard {
    /// Refuses an empty path given for a folder: `URL(fileURLWithPath: "")` would be the current folder.
    /// `option` is what the person typed it after, such as `--output`.
    public static func refuseEmptyPath(_ path: String, option: String) throws(DiagnosticError) {
        guard path.isEmpty else { return }
        let example = option.drop { $0 == "-" }.prefix(1).uppercased() + option.drop { $0 == "-" }.dropFirst()
        throw DiagnosticError(Diagnostic(file: nil, "\(option) is empty",
                                         hint: "name a folder, e.g. \(option) \(example), or '.' for the current folder"))
    }

    /// Refuses an output folder that is the data folder or lies inside it, following symbolic links.
    public static func refuseOutput(_ output: URL, insideDataFolder data: URL) throws(DiagnosticError) {
        guard isInside(output, data) else { return }
        throw DiagnosticError(Diagnostic(file: output.relativePath,
                                         "the output folder is inside the data folder \(data.relativePath)",
                                         hint: "write reports to a separate folder, e.g. --output Output"))
    }

    /// Whether `inner` is `outer` or lies inside it.
    static func isInside(_ inner: URL, _ outer: URL) -> Bool {
        let innerPath = resolved(inner.path), outerPath = resolved(outer.path)
        if innerPath.starts(with: outerPath) { return true }
        guard let outerIdentity = FileStatus(path: outer.path)?.identity else { return false }
        var ancestor = innerPath[...]
        while true {
            if FileStatus(path: "/" + ancestor.joined(separator: "/"))?.identity == outerIdentity { return true }
            guard !ancestor.isEmpty else { return false }
            ancestor = ancestor.dropLast()
        }
    }

    /// The components of the absolute path a path leads to: symbolic links followed (dangling ones too, into the
    /// path they name) as far as the path exists, `.` and `..` resolved physically there and as written beyond.
    static func resolved(_ path: String) -> [String] {
        let absolute = path.hasPrefix("/") ? path : FileSystem.currentFolder + "/" + path
        var rest = absolute.split(separator: "/").map(String.init)[...]
        var result: [String] = []
        var exists = true
        var linksFollowed = 0
        while let component = rest.popFirst() {
            if component == "." { continue }
            if component == ".." {
                if !result.isEmpty { result.removeLast() }
                continue
            }
            guard exists else {
                result.append(component)
                continue
            }
            let candidate = "/" + (result + [component]).joined(separator: "/")
            guard let status = FileStatus(linkAt: candidate) else {
                exists = false
                result.append(component)
                continue
            }
            if status.isSymbolicLink, linksFollowed < 40, let target = FileSystem.linkTarget(candidate) {
                linksFollowed += 1
                if target.hasPrefix("/") { result = [] }
                rest = (target.split(separator: "/").map(String.init) + rest)[...]
                continue
            }
            result.append(component)
        }
        return result
    }
}
