import Foundation

extension OutputFile {
    /// Writes several files as one ``OutputTransaction``: each goes to a temporary file first, and only when every
    /// one of them is complete on disk, and every rename has been checked, are they renamed into place. A failure
    /// leaves every existing file as it was, so a run never leaves a mixed set (a new .html beside an old .eml).
    ///
    /// Returns each file's size in bytes, in the order given. Files in different folders make one transaction per
    /// folder (locked in path order, so that two such calls cannot wait for each other), committed one after the
    /// other: all or nothing holds within each folder.
    @discardableResult
    public static func writeAll(_ files: [(contents: OutputContents, url: URL)]) throws(DiagnosticError) -> [Int] {
        let folders = Set(files.map { $0.url.deletingLastPathComponent().standardizedFileURL.path }).sorted()
        var transactions: [String: OutputTransaction] = [:]
        for folder in folders {
            let url = files.first { $0.url.deletingLastPathComponent().standardizedFileURL.path == folder }!.url
            transactions[folder] = try OutputTransaction(folder: url.deletingLastPathComponent())
        }
        var sizes: [Int] = []
        for file in files {
            let transaction = transactions[file.url.deletingLastPathComponent().standardizedFileURL.path]!
            sizes.append(try transaction.file(named: file.url.lastPathComponent) { sink in try file.contents.write(to: &sink) })
        }
        for folder in folders { try transactions[folder]!.commit() }
        return sizes
    }
}
