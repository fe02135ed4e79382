import Foundation

/// Inputs that once took time out of proportion to their size, each generated at two sizes: the time ratio over
/// the size ratio must stay near 1 (linear). They are the shapes a hostile or clumsy user found (a metrics table of
/// 80,000 rows took 166 s, 5,000 misspelt review lines 267 s, templates of 50,000 tags 68 s), so that they stay
/// linear.
struct GrowthCase: Sendable {
    var label: String
    /// The two sizes, in the case's own unit.
    var sizes: (small: Int, large: Int)
    /// The unit, for the table: "rows", "files".
    var unit: String
    /// Extra arguments of the run (`--check`).
    var arguments: [String] = []
    /// Writes the data (and templates, if any) of one size into a folder.
    var write: @Sendable (_ size: Int, _ folder: URL) throws -> Void

    static let all: [GrowthCase] = [
        GrowthCase(label: "metrics compared with the previous half", sizes: (10_000, 40_000), unit: "rows") { size, folder in
            let rows = (1...size).map { "  - {name: 指標\($0), value: \($0), unit: 份}" }.joined(separator: "\n")
            try write("organization: 某區\nachievements: [成績]\nmetrics:\n\(rows)\n", to: "Data/2015H2.yaml", in: folder)
            try write("organization: 某區\ndate: 2016-07-08\nachievements: [成績]\nmetrics:\n\(rows)\n", to: "Data/2016H1.yaml", in: folder)
        },
        GrowthCase(label: "review lines that name no plan", sizes: (1_000, 4_000), unit: "lines", arguments: ["--check"]) { size, folder in
            let plans = (1...size).map { "  - title: 計劃第\($0)項" }.joined(separator: "\n")
            let reviews = (1...size).map { "  - {plan: 計畫第\($0)項, status: done}" }.joined(separator: "\n")
            try write("organization: 某區\nachievements: [成績]\nplans:\n\(plans)\n", to: "Data/2015H2.yaml", in: folder)
            try write("organization: 某區\ndate: 2016-07-08\nachievements: [成績]\nreview:\n\(reviews)\n", to: "Data/2016H1.yaml", in: folder)
        },
        GrowthCase(label: "unknown keys", sizes: (20_000, 80_000), unit: "keys", arguments: ["--check"]) { size, folder in
            let entries = (1...size).map { "  - {title: 第\($0)項, txt: 正文}" }.joined(separator: "\n")
            try write("organization: 某區\ndate: 2016-07-08\nachievements:\n\(entries)\n", to: "Data/2016H1.yaml", in: folder)
        },
        GrowthCase(label: "department files", sizes: (1_000, 4_000), unit: "files") { size, folder in
            for index in 1...size {
                let head = index == 1 ? "organization: 某區\ndate: 2016-07-08\n" : ""
                try write("\(head)department: 科室\(index)\nachievements:\n  - 第\(index)個科室的成績\n",
                          to: String(format: "Data/2016H1/%05d.yaml", index), in: folder)
            }
        },
        GrowthCase(label: "tags in a template of the house style", sizes: (1_000, 4_000), unit: "tags") { size, folder in
            try write("organization: 某區\ndate: 2016-07-08\nintro: 前言\nachievements: [成績]\n", to: "Data/2016H1.yaml", in: folder)
            try write(String(repeating: "{{intro}}", count: size) + "\n", to: "Templates/zh-Hant/intro.md.mustache", in: folder)
        },
    ]

    private static func write(_ text: String, to name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The median seconds of a run at each size.
    func measure(tools: Tools, runs: Int) throws -> (small: Double, large: Double) {
        func seconds(_ size: Int) throws -> Double {
            let folder = tools.work.appendingPathComponent("growth-\(label.split(separator: " ").first ?? "")-\(size)")
            try? FileManager.default.removeItem(at: folder)
            try write(size, folder)
            let templates = folder.appendingPathComponent("Templates")
            let arguments = ["--period", "2016H1", "--data", folder.appendingPathComponent("Data").path,
                             "--output", folder.appendingPathComponent("Output").path]
                + (FileManager.default.fileExists(atPath: templates.path) ? ["--templates", templates.path] : [])
                + self.arguments
            // Some inputs are made of mistakes: the run reports them and exits 1, which is what is timed.
            return try (0..<runs).map { _ in try tools.runSummarize(arguments, acceptsFailure: true).seconds }.median
        }
        return (try seconds(sizes.small), try seconds(sizes.large))
    }
}
