import Foundation
import SummarizeCore

/// `summarize-benchmark [--quick] [--runs N] [--bin DIR] [--templates DIR] [--work DIR]`
/// `summarize-benchmark --stage-memory DATA_DIR [--templates DIR] [--work DIR]`
/// `summarize-benchmark --generate ITEMS [--templates DIR] [--work DIR]`
///
/// Generates synthetic data files at four sizes, runs the real `summarize` binary on each (end to end, peak
/// memory), runs the pipeline in-process stage by stage, and measures the C floor for the same content
/// (`summarize-floor`: libyaml parsing the data file, cmark rendering the filled Markdown) and the start-up floor
/// (`empty-foundation`). Prints Markdown tables with every figure and its ratio to its floor, then the targets.
/// Run it through `scripts/benchmark`, which builds everything in release mode first.
@main
struct SummarizeBenchmark {
    static func main() {
        do {
            try run(Options(CommandLine.arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("summarize-benchmark: \(error)\n".utf8))
            exit(error is Options.UsageError ? 64 : 1)
        }
    }

    static func run(_ options: Options) throws {
        if let data = options.stageMemoryData {
            try PeakMemory.printStages(data: data, templates: options.templates, work: options.work)
            return
        }
        try FileManager.default.createDirectory(at: options.work, withIntermediateDirectories: true)
        if let items = options.generateItems {
            print(try generate(Case(label: "", items: items, flavor: .ordinary, runs: 1), work: options.work,
                               templates: options.templates).path)
            return
        }
        let tools = Tools(bin: options.bin, work: options.work)

        print("# summarize benchmark\n")
        print(Machine.describe(versions: try tools.floorVersions(), quick: options.quick))

        var empty: [Double] = []
        let emptyRuns = options.runs ?? 21
        for _ in 0..<emptyRuns { empty.append(try tools.runEmptyProgram().seconds) }
        let startupFloor = empty.median

        var results: [Result] = []
        for benchmarkCase in Case.all(quick: options.quick, runs: options.runs) {
            FileHandle.standardError.write(Data("… \(benchmarkCase.label)\n".utf8))
            results.append(try measure(benchmarkCase, tools: tools, templates: options.templates))
        }
        var growth: [(GrowthCase, small: Double, large: Double)] = []
        for growthCase in GrowthCase.all {
            FileHandle.standardError.write(Data("… growth: \(growthCase.label)\n".utf8))
            let (small, large) = try growthCase.measure(tools: tools, runs: options.runs ?? (options.quick ? 1 : 3))
            growth.append((growthCase, small, large))
        }
        print(Tables.render(results: results, startupFloor: startupFloor, emptyRuns: emptyRuns, growth: growth))
    }

    /// Writes a case's data file, `<work>/<case>/Data/2016H1.yaml`, and its filled Markdown, `<work>/<case>/filled.md`
    /// (the input of the cmark floor), without measuring anything; for profiling (`scripts/instruction-profile`).
    static func generate(_ benchmarkCase: Case, work: URL, templates: URL) throws -> URL {
        let folder = work.appendingPathComponent(benchmarkCase.folderName, isDirectory: true)
        let (data, _, _) = try writeData(of: benchmarkCase, in: folder)
        let (_, products) = try Stages.measure(period: Case.period, data: data, templates: templates,
                                               output: folder.appendingPathComponent("Output-in-process", isDirectory: true))
        try Data(products.markdown.utf8).write(to: folder.appendingPathComponent("filled.md"))
        return folder
    }

    /// Writes the case's synthetic data file into `<folder>/Data/`.
    static func writeData(of benchmarkCase: Case, in folder: URL) throws -> (folder: URL, file: URL, size: Int) {
        let data = folder.appendingPathComponent("Data", isDirectory: true)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let file = data.appendingPathComponent("\(Case.period).yaml")
        let yaml = SyntheticReport(itemCount: benchmarkCase.items, flavor: benchmarkCase.flavor).yaml()
        try Data(yaml.utf8).write(to: file)
        return (data, file, yaml.utf8.count)
    }

    static func measure(_ benchmarkCase: Case, tools: Tools, templates: URL) throws -> Result {
        let folder = tools.work.appendingPathComponent(benchmarkCase.folderName, isDirectory: true)
        let output = folder.appendingPathComponent("Output", isDirectory: true)
        let inProcessOutput = folder.appendingPathComponent("Output-in-process", isDirectory: true)
        let (data, dataFile, dataSize) = try writeData(of: benchmarkCase, in: folder)

        var result = Result(benchmarkCase: benchmarkCase, dataSize: dataSize)
        let arguments = ["--period", "\(Case.period)", "--data", data.path, "--output", output.path,
                         "--templates", templates.path]
        _ = try tools.runSummarize(arguments)  // warm-up: file cache, page cache of the binary
        var seconds: [Double] = [], memory: [Double] = []
        for _ in 0..<benchmarkCase.runs {
            let run = try tools.runSummarize(arguments)
            seconds.append(run.seconds)
            memory.append(Double(run.peakMemory))
        }
        result.endToEnd = seconds.median
        result.peakMemory = Int(memory.median)

        var stageRuns: [Stages] = []
        var products: Stages.Products?
        for _ in 0..<benchmarkCase.runs {
            let (stages, produced) = try Stages.measure(period: Case.period, data: data, templates: templates,
                                                        output: inProcessOutput)
            stageRuns.append(stages)
            products = produced
        }
        result.stages = Stages.median(stageRuns)
        result.itemCount = products?.itemCount ?? 0

        let markdownFile = folder.appendingPathComponent("filled.md")
        try Data((products?.markdown ?? "").utf8).write(to: markdownFile)
        var yamlFloor: [Double] = [], cmarkFloor: [Double] = []
        for _ in 0..<benchmarkCase.runs {
            yamlFloor.append(try tools.floor("yaml", dataFile))
            cmarkFloor.append(try tools.floor("cmark", markdownFile))
        }
        result.yamlFloor = yamlFloor.median
        result.cmarkFloor = cmarkFloor.median
        return result
    }
}

/// What the benchmark measures: synthetic data of a size and flavor, and how many times each figure is taken.
struct Case {
    static let period = Period("2016H1")!

    var label: String
    var items: Int
    var flavor: SyntheticReport.Flavor
    var runs: Int

    var folderName: String { "\(flavor.rawValue)-\(items)" }

    static func all(quick: Bool, runs: Int?) -> [Case] {
        if quick {
            return [
                Case(label: "one report", items: 20, flavor: .ordinary, runs: runs ?? 11),
                Case(label: "1,000 items", items: 1_000, flavor: .ordinary, runs: runs ?? 5),
                Case(label: "pathological 200", items: 200, flavor: .pathological, runs: runs ?? 3),
                Case(label: "pathological 2,000", items: 2_000, flavor: .pathological, runs: runs ?? 3),
            ]
        }
        return [
            Case(label: "one report", items: 20, flavor: .ordinary, runs: runs ?? 21),
            Case(label: "1,000 items", items: 1_000, flavor: .ordinary, runs: runs ?? 11),
            Case(label: "20,000 items", items: 20_000, flavor: .ordinary, runs: runs ?? 5),
            Case(label: "100,000 items", items: 100_000, flavor: .ordinary, runs: runs ?? 5),
            Case(label: "pathological 2,000", items: 2_000, flavor: .pathological, runs: runs ?? 5),
            Case(label: "pathological 20,000", items: 20_000, flavor: .pathological, runs: runs ?? 5),
        ]
    }
}

/// The medians measured for one case.
struct Result {
    var benchmarkCase: Case
    var dataSize: Int
    var itemCount = 0
    var endToEnd = 0.0
    var peakMemory = 0
    var stages = Stages()
    var yamlFloor = 0.0
    var cmarkFloor = 0.0

    /// libyaml parsing the data file plus cmark rendering the filled Markdown: the C floor of the whole run.
    var floor: Double { yamlFloor + cmarkFloor }
    /// The memory target: five times the data file plus 40 MiB.
    var memoryLimit: Int { 5 * dataSize + 40 * 1_048_576 }
}

/// The programs the benchmark runs, all from the same release build.
struct Tools {
    let bin: URL
    let work: URL

    private func run(_ name: String, _ arguments: [String], acceptsFailure: Bool = false) throws -> ChildProcess.Run {
        try ChildProcess(executable: bin.appendingPathComponent(name).path, arguments: arguments,
                         outputFile: work.appendingPathComponent("\(name).out").path, acceptsFailure: acceptsFailure).run()
    }

    /// Runs a program through `summarize-floor measure`, which forks it from a small process and reports its
    /// wall time and peak memory. Spawned straight from this process, a child's ru_maxrss would start from this
    /// process's own peak (Linux carries it over through exec), hundreds of megabytes after the large sizes.
    private func measured(_ name: String, _ arguments: [String], acceptsFailure: Bool = false) throws -> ChildProcess.Run {
        let program = bin.appendingPathComponent(name).path
        let output = try run("summarize-floor", ["measure", program] + arguments, acceptsFailure: acceptsFailure).output
        let fields = output.split(separator: "\n").last?.split(separator: " ").compactMap { Int($0) } ?? []
        guard fields.count == 3 else {
            throw ChildProcess.Failure(description: "summarize-floor measure \(name) printed '\(output)'")
        }
        return ChildProcess.Run(seconds: Double(fields[0]) / 1e9, peakMemory: fields[1] * 1024, output: output)
    }

    func runSummarize(_ arguments: [String], acceptsFailure: Bool = false) throws -> ChildProcess.Run {
        try measured("summarize", arguments, acceptsFailure: acceptsFailure)
    }

    func runEmptyProgram() throws -> ChildProcess.Run { try measured("empty-foundation", []) }

    /// The seconds the C floor program reports for its library call alone.
    func floor(_ mode: String, _ file: URL) throws -> Double {
        let output = try run("summarize-floor", [mode, file.path]).output
        guard let nanoseconds = output.split(separator: " ").first.flatMap({ Double($0) }) else {
            throw ChildProcess.Failure(description: "summarize-floor \(mode) printed '\(output)'")
        }
        return nanoseconds / 1e9
    }

    func floorVersions() throws -> String {
        try run("summarize-floor", ["versions"]).output.split(separator: "\n").joined(separator: ", ")
    }
}

struct Options {
    var quick = false
    var runs: Int?
    var bin = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    var templates = URL(fileURLWithPath: "Templates", isDirectory: true)
    var work = FileManager.default.temporaryDirectory.appendingPathComponent("summarize-benchmark", isDirectory: true)
    /// `--stage-memory DIR`: instead of the benchmark, run the stages once on `DIR/2016H1.yaml` and print the
    /// process's peak memory after each (a fresh process, so that the peaks are those of one run).
    var stageMemoryData: URL?
    /// `--generate ITEMS`: instead of the benchmark, write the data and filled Markdown of ordinary data of that size
    /// and print the folder.
    var generateItems: Int?

    struct UsageError: Error, CustomStringConvertible {
        var description: String
    }

    init(_ arguments: ArraySlice<String>) throws {
        var arguments = arguments
        func value(of option: String) throws -> String {
            guard let value = arguments.popFirst() else { throw UsageError(description: "\(option) needs a value") }
            return value
        }
        while let argument = arguments.popFirst() {
            switch argument {
            case "--quick": quick = true
            case "--runs":
                guard let count = Int(try value(of: argument)), count > 0 else {
                    throw UsageError(description: "--runs needs a positive number")
                }
                runs = count
            case "--bin": bin = URL(fileURLWithPath: try value(of: argument), isDirectory: true)
            case "--templates": templates = URL(fileURLWithPath: try value(of: argument), isDirectory: true)
            case "--work": work = URL(fileURLWithPath: try value(of: argument), isDirectory: true)
            case "--stage-memory": stageMemoryData = URL(fileURLWithPath: try value(of: argument), isDirectory: true)
            case "--generate":
                guard let count = Int(try value(of: argument)), count > 0 else {
                    throw UsageError(description: "--generate needs a positive number of items")
                }
                generateItems = count
            default:
                throw UsageError(description: """
                    unknown argument '\(argument)'
                    usage: summarize-benchmark [--quick] [--runs N] [--bin DIR] [--templates DIR] [--work DIR]
                           summarize-benchmark --stage-memory DATA_DIR [--templates DIR] [--work DIR]
                           summarize-benchmark --generate ITEMS [--templates DIR] [--work DIR]
                    """)
            }
        }
    }
}
