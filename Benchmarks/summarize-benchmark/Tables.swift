import Foundation

/// The benchmark's results as Markdown tables, ready to paste into BENCHMARKS.md, followed by the targets.
enum Tables {
    static func render(results: [Result], startupFloor: Double, emptyRuns: Int,
                       growth: [(GrowthCase, small: Double, large: Double)]) -> String {
        var text = ""
        text += "## End to end (the real binary, spawn → file written → exit)\n\n"
        text += table(["data", "items", "file", "runs", "end to end", "C floor", "× floor", "peak memory", "memory limit"],
                      results.map { result in
                          [result.benchmarkCase.label, count(result.itemCount), bytes(result.dataSize),
                           "\(result.benchmarkCase.runs)", time(result.endToEnd), time(result.floor),
                           ratio(result.endToEnd / result.floor), bytes(result.peakMemory), bytes(result.memoryLimit)]
                      })
        text += "\nC floor = libyaml parsing the data file + cmark rendering the filled Markdown, no process start-up.\n"
        text += "Empty Swift program importing Foundation: \(time(startupFloor)) (median of \(emptyRuns)).\n\n"

        text += "## Stages (in-process through SummarizeCore, medians)\n\n"
        text += table(["data", "load", "libyaml", "× libyaml", "templates", "fill", "render", "cmark", "× cmark",
                       "write", "sum"],
                      results.map { result in
                          let stages = result.stages
                          return [result.benchmarkCase.label, time(stages.load), time(result.yamlFloor),
                                  ratio(stages.load / result.yamlFloor), time(stages.templates), time(stages.fill),
                                  time(stages.render), time(result.cmarkFloor), ratio(stages.render / result.cmarkFloor),
                                  time(stages.write), time(stages.total)]
                      })
        text += "\nload = read + decode + YAML (libyaml events into a node tree) + check → Report; render = cmark + layout; "
        text += "write = atomic write (temporary file, rename).\n\n"

        text += "## Growth of inputs that were once out of proportion (end to end, medians)\n\n"
        text += table(["input", "small", "time", "large", "time", "× size", "× time", "per size"],
                      growth.map { growthCase, small, large in
                          let sizeRatio = Double(growthCase.sizes.large) / Double(growthCase.sizes.small)
                          return [growthCase.label, "\(count(growthCase.sizes.small)) \(growthCase.unit)", time(small),
                                  "\(count(growthCase.sizes.large)) \(growthCase.unit)", time(large),
                                  ratio(sizeRatio), ratio(large / small), String(format: "%.2f", large / small / sizeRatio)]
                      })
        text += "\nper size = the time ratio over the size ratio: 1.00 is linear; start-up makes small sizes dearer, so"
            + " a linear input shows less than 1.\n\n"
        text += "## Targets\n\n"
        var rows = targets(results: results, startupFloor: startupFloor)
        for (growthCase, small, large) in growth {
            let perSize = large / small / (Double(growthCase.sizes.large) / Double(growthCase.sizes.small))
            rows.append(["linear growth: \(growthCase.label)", String(format: "%.2f", perSize), "1.25",
                         perSize <= 1.25 ? "yes" : "**no**"])
        }
        text += table(["target", "measured", "limit", "met"], rows)
        return text
    }

    static func targets(results: [Result], startupFloor: Double) -> [[String]] {
        var rows: [[String]] = []
        func check(_ name: String, _ measured: String, _ limit: String, _ met: Bool) {
            rows.append([name, measured, limit, met ? "yes" : "**no**"])
        }
        func result(_ items: Int, _ flavor: SyntheticReport.Flavor) -> Result? {
            results.first { $0.benchmarkCase.items == items && $0.benchmarkCase.flavor == flavor }
        }
        if let report = result(20, .ordinary) {
            let ratio = report.endToEnd / startupFloor
            check("one report vs empty Foundation program", "\(time(report.endToEnd)) = \(Tables.ratio(ratio))",
                  "1.5×", ratio <= 1.5)
        }
        if let large = result(100_000, .ordinary) {
            let ratio = large.endToEnd / large.floor
            check("100,000 items vs C floor", "\(time(large.endToEnd)) = \(Tables.ratio(ratio))", "2×", ratio <= 2)
            check("peak memory at 100,000 items", bytes(large.peakMemory), "\(bytes(large.memoryLimit)) (5 × file + 40 MiB)",
                  large.peakMemory <= large.memoryLimit)
        }
        // Growth: time per byte of data at the larger size over time per byte at the smaller one; 1.10 means
        // 10× the data took 11× the time.
        let ordinary = results.filter { $0.benchmarkCase.flavor == .ordinary }.suffix(2)
        let pathological = results.filter { $0.benchmarkCase.flavor == .pathological }.suffix(2)
        for (name, pair) in [("growth", Array(ordinary)), ("pathological growth", Array(pathological))] where pair.count == 2 {
            let (small, large) = (pair[0], pair[1])
            let sizeRatio = Double(large.dataSize) / Double(small.dataSize)
            let endToEnd = large.endToEnd / small.endToEnd / sizeRatio
            let inProcess = large.stages.total / small.stages.total / sizeRatio
            check("\(name) \(small.benchmarkCase.label) → \(large.benchmarkCase.label), end to end",
                  String(format: "%.1f× data: %.2f", sizeRatio, endToEnd), "1.10", endToEnd <= 1.1)
            check("\(name) \(small.benchmarkCase.label) → \(large.benchmarkCase.label), in-process",
                  String(format: "%.1f× data: %.2f", sizeRatio, inProcess), "1.10", inProcess <= 1.1)
        }
        return rows
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var text = "| " + header.joined(separator: " | ") + " |\n"
        text += "|" + header.enumerated().map { $0.offset == 0 ? " --- |" : " ---: |" }.joined() + "\n"
        for row in rows { text += "| " + row.joined(separator: " | ") + " |\n" }
        return text
    }

    static func time(_ seconds: Double) -> String {
        seconds >= 1 ? String(format: "%.2f s", seconds)
            : seconds >= 0.01 ? String(format: "%.1f ms", seconds * 1e3) : String(format: "%.2f ms", seconds * 1e3)
    }

    static func bytes(_ count: Int) -> String {
        count >= 1_048_576 ? String(format: "%.1f MiB", Double(count) / 1_048_576)
            : String(format: "%.1f KiB", Double(count) / 1024)
    }

    static func count(_ value: Int) -> String {
        var digits = String(value), result = ""
        while digits.count > 3 {
            result = "," + digits.suffix(3) + result
            digits.removeLast(3)
        }
        return digits + result
    }

    static func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }
}
