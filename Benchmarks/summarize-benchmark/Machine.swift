import Foundation

/// The header of a benchmark run: when, on what, with which libraries.
enum Machine {
    static func describe(versions: String, quick: Bool) -> String {
        let cpuInfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuInfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        return """
            - date: \(formatter.string(from: Date())) UTC
            - machine: \(model), \(ProcessInfo.processInfo.activeProcessorCount) cores, \
            \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB
            - C floor libraries: \(versions) (the system libraries summarize-floor links)
            - mode: \(quick ? "--quick (small sizes only; the 100,000-item targets are not checked)" : "full")

            """
    }
}
