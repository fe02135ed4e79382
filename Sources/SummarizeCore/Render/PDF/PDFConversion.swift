import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a Word document into PDF with LibreOffice (`soffice --headless --convert-to pdf`), for `--format pdf`.
///
/// Each conversion runs in a private temporary folder with its own LibreOffice profile
/// (`-env:UserInstallation=file://…`), so it neither waits for nor disturbs a LibreOffice the person has open,
/// and runs alongside other conversions. The folder is removed afterwards, whatever happened; nothing is written
/// anywhere else. A conversion that takes longer than the time-out is killed (LibreOffice and its children).
///
/// Give it the ``WordDocument/Target/libreOffice`` variant of the document, whose grid LibreOffice lays out as Word
/// lays out the real one.
enum PDFConversion {
    /// The names LibreOffice's command has on PATH.
    static let programNames = ["soffice", "libreoffice"]
    /// Long enough for a first run, which creates the profile (≈ 2–10 s), on a busy machine.
    static let defaultTimeout: Double = 120

    /// The PDF of a report's Word content: LibreOffice is looked for first, then the document is laid out for it
    /// (``WordDocument/Target/libreOffice``) and converted.
    static func convert(_ content: WordContent, reference: ReferenceDocument?,
                        searchPath: String? = ProcessInfo.processInfo.environment["PATH"],
                        timeout seconds: Double = defaultTimeout) throws(DiagnosticError) -> Data {
        _ = try requireOffice(searchPath: searchPath)
        let docx = try WordDocument.package(content, reference: reference, for: .libreOffice)
        return try convert(docx: docx, searchPath: searchPath, timeout: seconds)
    }

    /// The PDF of a .docx. `searchPath` is where to look for LibreOffice (PATH by default).
    static func convert(docx: Data, searchPath: String? = ProcessInfo.processInfo.environment["PATH"],
                        timeout seconds: Double = defaultTimeout) throws(DiagnosticError) -> Data {
        let office = try requireOffice(searchPath: searchPath)
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("summarize-pdf-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw failure("cannot create a temporary folder for LibreOffice: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("report.docx")
        let output = folder.appendingPathComponent("out", isDirectory: true)
        let profile = folder.appendingPathComponent("profile", isDirectory: true)
        do {
            try docx.write(to: input)
        } catch {
            throw failure("cannot write the Word document for LibreOffice: \(error.localizedDescription)")
        }
        let arguments = [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore", "--nologo",
            "--nolockcheck", "--convert-to", "pdf", "--outdir", output.path, input.path,
        ]
        let log = folder.appendingPathComponent("soffice.log")
        let status = try run(office, arguments, log: log, timeout: seconds)
        let pdf = output.appendingPathComponent("report.pdf")
        guard status == 0, let data = try? Data(contentsOf: pdf), data.starts(with: Array("%PDF".utf8)) else {
            let said = (try? String(contentsOf: log, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            throw failure("LibreOffice could not convert the Word document to PDF (\(office.path) exited with status \(status))"
                          + (said.isEmpty ? "" : ": " + String(said.suffix(500))))
        }
        return data
    }

    /// LibreOffice's command, or an error that says how to install it. Thrown before anything is written, so a
    /// run that asked for a PDF fails whole.
    static func requireOffice(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) throws(DiagnosticError) -> URL {
        if let office = findOffice(searchPath: searchPath) { return office }
        #if os(macOS)
        let install = "brew install --cask libreoffice"
        #else
        let install = "apt-get install libreoffice-writer-nogui (Debian, Ubuntu); on macOS: brew install --cask libreoffice"
        #endif
        throw DiagnosticError(Diagnostic(
            file: nil, "a PDF needs LibreOffice, and neither soffice nor libreoffice is on PATH",
            hint: "install it: \(install); or write the Word document (--format docx) and save it as PDF in Word or WPS"))
    }

    /// The first `soffice` or `libreoffice` that is an executable file in a folder of `searchPath` (`:`-separated).
    static func findOffice(searchPath: String?) -> URL? {
        var folders = (searchPath ?? "").split(separator: ":").map(String.init)
        #if os(macOS)
        if searchPath == ProcessInfo.processInfo.environment["PATH"] { folders.append("/Applications/LibreOffice.app/Contents/MacOS") }
        #endif
        folders = folders.filter { !$0.isEmpty }
        for folder in folders {
            for name in programNames {
                let path = (folder as NSString).appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   access(path, X_OK) == 0 {
                    return URL(fileURLWithPath: path)
                }
            }
        }
        return nil
    }

    /// Runs a program in its own process group, output and errors to `log`, input from /dev/null; returns its
    /// exit status. After `timeout` seconds the whole group is killed and an error thrown.
    private static func run(_ program: URL, _ arguments: [String], log: URL, timeout: Double) throws(DiagnosticError) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let argv = ([program.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, program.path, &actions, &attributes, argv, environ)
        guard spawned == 0 else {
            throw failure("cannot start \(program.path): \(String(cString: strerror(spawned)))")
        }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result == -1 && errno != EINTR {
                throw failure("lost track of LibreOffice (\(String(cString: strerror(errno))))")
            }
            if Date() > deadline {
                // The group: the launcher and soffice.bin. The launcher is not reaped yet, so the group is still ours.
                kill(-pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw failure("LibreOffice did not finish converting the Word document to PDF within \(String(format: "%g", timeout)) seconds")
            }
            usleep(20_000)
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    private static func failure(_ message: String) -> DiagnosticError {
        DiagnosticError(Diagnostic(file: nil, message))
    }
}
