import Foundation
import Testing
@testable import SummarizePreview

@Suite struct FileSnapshotTests {
    @Test func seesEverySortOfSave() async throws {
        try await withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("2016H1.yaml")
            let urls = [file]
            let missing = FileSnapshot(of: urls)
            #expect(missing.stamps == [file.path: Optional<FileSnapshot.Stamp>.none])

            try "organization: 一".write(to: file, atomically: false, encoding: .utf8)
            let created = FileSnapshot(of: urls)
            #expect(created != missing)

            try "organization: 二二".write(to: file, atomically: false, encoding: .utf8)  // written in place
            let rewritten = FileSnapshot(of: urls)
            #expect(rewritten != created)

            // The same size and, on a coarse clock, the same time: a rename of a new file over the old one
            // still shows, by its inode.
            let temporary = folder.appendingPathComponent(".2016H1.yaml.tmp")
            try "organization: 三三".write(to: temporary, atomically: false, encoding: .utf8)
            #expect(rename(temporary.path, file.path) == 0)
            #expect(FileSnapshot(of: urls) != rewritten)

            try FileManager.default.removeItem(at: file)
            #expect(FileSnapshot(of: urls) == missing)
        }
    }
}
