import Foundation

/// The process's own peak resident memory, to see which stage of the pipeline sets the peak.
enum PeakMemory {
    /// `ru_maxrss` of this process, in bytes.
    static var current: Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
    }

    /// Runs the stages once on `data` and prints the peak so far after each stage.
    static func printStages(data: URL, templates: URL, work: URL) throws {
        print("| after | peak memory | time |")
        print("| --- | ---: | ---: |")
        print("| start | \(Tables.bytes(current)) | |")
        let start = Clock.now()
        _ = try Stages.measure(period: Case.period, data: data, templates: templates,
                               output: work.appendingPathComponent("Output-stage-memory", isDirectory: true),
                               keepMarkdown: false) { stage in
            print("| \(stage) | \(Tables.bytes(current)) | \(Tables.time(Clock.now() - start)) |")
        }
    }
}
