import Foundation
@_spi(Stages) import SummarizeCore

/// The pipeline run in-process through SummarizeCore's API, one stage at a time, so that each stage's share of the
/// end-to-end time can be seen: load (read, decode, YAML, check → Report), templates (parse the locale's
/// templates), fill (Report → filled Markdown), render (cmark + layout → HTML), write (the atomic file write, UTF-8 straight from the string).
struct Stages {
    var load = 0.0
    var templates = 0.0
    var fill = 0.0
    var render = 0.0
    var write = 0.0

    var total: Double { load + templates + fill + render + write }

    /// What one in-process run produced, for the C floor and the item count.
    struct Products {
        var markdown: String
        var itemCount: Int
    }

    /// Runs the stages once. `afterStage`, if given, is called with each stage's name as it ends (for the peak
    /// memory after each stage, see ``PeakMemory``).
    /// `keepMarkdown: false` leaves the filled Markdown out of the products, so that the process holds only what
    /// the command would.
    static func measure(period: Period, data: URL, templates templatesFolder: URL, output: URL,
                        keepMarkdown: Bool = true, afterStage: (String) -> Void = { _ in }) throws -> (Stages, Products) {
        var stages = Stages()
        let (loadTime, loaded) = try Clock.measure { try ReportLoader(directory: DataDirectory(data)).load(period).value }
        stages.load = loadTime
        FreedMemory.returnToSystem()
        afterStage("load")
        let (templatesTime, templates) = try Clock.measure {
            try TemplateSet.load(from: TemplateSet.Folder(templatesFolder, isRequired: true), locale: loaded.locale).value
        }
        stages.templates = templatesTime
        afterStage("templates")
        let (fillTime, filled) = Clock.measure { Filler(templates: templates).fill(loaded) }
        stages.fill = fillTime
        afterStage("fill")
        let markdown = keepMarkdown ? filled.markdown : ""
        // Handing over the filled report, as the command does, lets the renderer free each part as it goes.
        let (renderTime, html) = Clock.measure { HTMLReport(templates: templates).document(consume filled) }
        stages.render = renderTime
        afterStage("render")
        let (writeTime, _) = try Clock.measure {
            try OutputTransaction.write(into: output) { out in try out.file(named: "\(period).html") { try $0.write(html) } }
        }
        stages.write = writeTime
        afterStage("write")
        return (stages, Products(markdown: markdown, itemCount: loaded.itemCount))
    }

    /// The median of each stage over several runs.
    static func median(_ runs: [Stages]) -> Stages {
        Stages(load: runs.map(\.load).median, templates: runs.map(\.templates).median, fill: runs.map(\.fill).median,
               render: runs.map(\.render).median, write: runs.map(\.write).median)
    }
}

extension Array where Element == Double {
    /// The middle value (the mean of the two middle values for an even count): robust against the outliers that
    /// other processes on a shared machine cause.
    var median: Double {
        let sorted = self.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
