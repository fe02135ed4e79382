import Foundation
@_spi(Stages) @testable import SummarizeCore

/// libFuzzer's entry point: every input is tried as a data file, then as a value typed into one.
///
/// Properties checked (a violation stops the run with the input saved as a crash file):
/// - loading never crashes, whatever the bytes, and either gives a report or at least one error;
/// - a loaded report renders to HTML that holds no element the templates do not write themselves
///   (no link, image, script, code, emphasis or raw HTML), whatever its text;
/// - any text, escaped for Markdown and rendered by cmark, comes back as exactly its normalized plain text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    fuzzLoader(data)
    fuzzEscaping(String(decoding: data, as: UTF8.self))
    return 0
}

/// The built-in templates, as a run without a house style uses them.
private let templates: TemplateSet = {
    do {
        return try TemplateSet.load(from: nil, locale: .zhHant).value
    } catch {
        fatalError("the templates do not load: \(error)")
    }
}()

/// Markup the report's templates never produce, so it can only have come from the data. (Run-in titles and
/// numbers are `<em style=…>` and `<strong style=…>`: the bare elements can only come from elsewhere.)
private let forbidden = ["<a ", "<img", "<script", "<code", "<em>", "<strong>", "<pre", "<ul", "<ol", "<blockquote", "<hr", "raw HTML omitted", "<h6"]

private func fuzzLoader(_ data: Data) {
    let loader = ReportLoader(directory: DataDirectory(URL(fileURLWithPath: "/nonexistent")))
    let period = Period(year: 2016, half: .first)
    do {
        let text = try SourceText.decode(data, file: "fuzz.yaml")
        let report = try loader.parse(text, period: period, file: "fuzz.yaml").value
        let html = HTMLReport(templates: templates).document(Filler(templates: templates).fill(report))
        for markup in forbidden where html.contains(markup) {
            fatalError("the data produced \(markup) in the report")
        }
    } catch {
        precondition(!error.errors.isEmpty, "a failed load reports no error")
    }
}

private func fuzzEscaping(_ raw: String) {
    let text = PlainText.normalize(raw, style: .literal)
    let html = CommonMark().html(from: MarkdownText.escape(text))
    let shown = HTMLText.paragraphs(of: html) ?? ["(not only paragraphs)"]
    let expected = text.split(separator: "\n\n").map(String.init)
    if shown != expected {
        fatalError("escaped text did not come back as typed:\n\(expected.debugDescription)\n\(shown.debugDescription)\n\(html.debugDescription)")
    }
}
