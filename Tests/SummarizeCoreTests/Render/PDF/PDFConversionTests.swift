import Foundation
import Testing
@_spi(Stages) @testable import SummarizeCore

/// The Word document as a PDF through LibreOffice, and what happens when LibreOffice is missing, fails or hangs.
/// Serialized: each test counts the temporary folders conversions leave behind.
@Suite(.serialized) struct PDFConversionTests {
    /// The temporary folders conversions leave behind (none, if they clean up).
    static func leftovers() throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix("summarize-pdf-") })
    }

    /// A folder holding a fake `soffice` that runs `script`.
    static func withFakeOffice<T>(_ script: String, name: String = "soffice", _ body: (String) throws -> T) throws -> T {
        try TestFiles.withTemporaryFolder { folder in
            let program = folder.appendingPathComponent(name)
            try Data("#!/bin/sh\n\(script)\n".utf8).write(to: program)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
            return try body(folder.path)
        }
    }

    @Test func convertsTheSampleWithLibreOffice() throws {
        guard PDFConversion.findOffice(searchPath: ProcessInfo.processInfo.environment["PATH"]) != nil else {
            print("NOTICE: convertsTheSampleWithLibreOffice skipped: LibreOffice (soffice) is not installed; "
                  + "apt-get install libreoffice-writer-nogui")
            return
        }
        let before = try Self.leftovers()
        let pdf = try PDFConversion.convert(WordTestSupport.sampleContent(), reference: nil)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(pdf.count > 10_000)
        #expect(try Self.leftovers() == before, "the temporary folder is removed")
    }

    @Test func withoutLibreOfficeSaysWhatToInstallBeforeWritingAnything() throws {
        let before = try Self.leftovers()
        let error = #expect(throws: DiagnosticError.self) {
            try PDFConversion.convert(docx: Data("not used".utf8), searchPath: "")
        }
        #expect(error?.description == """
            error: a PDF needs LibreOffice, and neither soffice nor libreoffice is on PATH
              hint: install it: apt-get install libreoffice-writer-nogui (Debian, Ubuntu); on macOS: brew install --cask libreoffice; or write the Word document (--format docx) and save it as PDF in Word or WPS
            """)
        #expect(try Self.leftovers() == before)
        #expect(throws: DiagnosticError.self) { try PDFConversion.requireOffice(searchPath: "/nonexistent:/also/not") }
        #expect(throws: DiagnosticError.self) {
            try PDFConversion.convert(WordTestSupport.sampleContent(), reference: nil, searchPath: "/nonexistent")
        }
    }

    @Test func findsSofficeOrLibreofficeOnTheSearchPath() throws {
        try Self.withFakeOffice("exit 0", name: "libreoffice") { folder in
            #expect(PDFConversion.findOffice(searchPath: "/nonexistent:\(folder)")?.path == "\(folder)/libreoffice")
        }
        try TestFiles.withTemporaryFolder { folder in
            // A file that is not executable is not LibreOffice.
            try Data("#!/bin/sh\n".utf8).write(to: folder.appendingPathComponent("soffice"))
            #expect(PDFConversion.findOffice(searchPath: folder.path) == nil)
        }
    }

    @Test func aFailedConversionSaysWhatLibreOfficeSaid() throws {
        try Self.withFakeOffice("echo 'Error: source file could not be loaded' >&2; exit 1") { folder in
            let before = try Self.leftovers()
            let error = #expect(throws: DiagnosticError.self) { try PDFConversion.convert(docx: Data("x".utf8), searchPath: folder) }
            #expect(error?.description.contains("exited with status 1): Error: source file could not be loaded") == true)
            #expect(try Self.leftovers() == before)
        }
    }

    @Test func aHangingConversionIsKilledAtTheTimeOut() throws {
        try Self.withFakeOffice("sleep 30 & wait") { folder in
            let before = try Self.leftovers()
            let start = Date()
            let error = #expect(throws: DiagnosticError.self) {
                try PDFConversion.convert(docx: Data("x".utf8), searchPath: folder, timeout: 0.5)
            }
            #expect(error?.description.contains("did not finish converting the Word document to PDF within 0.5 seconds") == true)
            #expect(Date().timeIntervalSince(start) < 10)
            #expect(try Self.leftovers() == before)
        }
    }
}
