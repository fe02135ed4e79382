/// A data file in the real format (Data YAML, format v1) with a chosen number of items, built deterministically
/// from a seed and the wording of real summaries.
///
/// An item is every element of a list: an entry of a section, an item of an entry, a sub-item, a row of the
/// metrics table. The shape follows the real reports: most entries have a title and a paragraph, some have numbered
/// items, a few items have sub-items; texts are written on one line, as a folded `>-` block over several lines, or
/// (rarely) as a literal `|` block of two paragraphs; some contain figures and ASCII punctuation that the Markdown
/// templates must escape.
struct SyntheticReport {
    enum Flavor: String {
        /// Text like the real reports'.
        case ordinary
        /// Every text also holds a long run of something that is expensive for naive Markdown parsers:
        /// `[[[[`, `****`, `<<<<`, runs of backticks, `[a](` and `*a **` repeated.
        case pathological
    }

    let itemCount: Int
    let flavor: Flavor
    let seed: UInt64

    init(itemCount: Int, flavor: Flavor = .ordinary, seed: UInt64 = 2016) {
        self.itemCount = itemCount
        self.flavor = flavor
        self.seed = seed
    }

    /// The YAML text of the data file.
    func yaml() -> String {
        var writer = Writer(flavor: flavor, random: SplitMix64(seed: seed &+ UInt64(itemCount)))
        writer.write(itemCount: itemCount)
        return writer.output
    }

    private struct Writer {
        let flavor: Flavor
        var random: SplitMix64
        var output = ""

        /// How the prose items are shared among the sections, roughly as in the seed documents.
        static let sectionShares: [(key: String, share: Double)] = [
            ("achievements", 0.55), ("highlights", 0.10), ("problems", 0.08), ("suggestions", 0.07), ("plans", 0.15),
        ]

        mutating func write(itemCount: Int) {
            output.reserveCapacity(itemCount * 400)
            output += "# Synthetic data for the summarize benchmark: \(itemCount) items (\(flavor.rawValue)).\n"
            output += "organization: 北海市海城區科學技術局\ndate: 2016-07-08\nlocale: zh-Hant\n"
            output += "intro: \(sentence())\(sentence())\n"
            let metricCount = max(1, itemCount / 20)
            var remaining = itemCount - metricCount
            for (index, section) in Self.sectionShares.enumerated() {
                let isLast = index == Self.sectionShares.count - 1
                let budget = isLast ? remaining : max(1, Int(Double(itemCount - metricCount) * section.share))
                let count = min(budget, remaining)
                guard count > 0 else { continue }
                output += "\n\(section.key):\n"
                writeEntries(count: count)
                remaining -= count
            }
            output += "\nmetrics:\n"
            for index in 0..<metricCount {
                let metric = random.pick(Phrases.metrics)
                // Each name once: a period gives one value per metric (a name given twice is an error).
                output += "  - {name: \(metric.name)（\(index + 1)）, value: \(Int.random(in: 1...5000, using: &random)), unit: \(metric.unit)}\n"
            }
        }

        /// Entries of one section, with their items and sub-items, `count` list elements in all.
        mutating func writeEntries(count: Int) {
            var remaining = count
            while remaining > 0 {
                remaining -= 1
                let itemCount = random.chance(0.4) ? min(remaining, Int.random(in: 1...4, using: &random)) : 0
                writeElement(indent: 2, hasTitle: random.chance(0.75), childCount: itemCount, level: 2, remaining: &remaining)
            }
        }

        mutating func writeElement(indent: Int, hasTitle: Bool, childCount: Int, level: Int, remaining: inout Int) {
            let pad = String(repeating: " ", count: indent)
            let hasText = !hasTitle || random.chance(0.7)
            if !hasTitle && childCount == 0 {
                output += "\(pad)- "
                writeText(indent: indent + 2)
                return
            }
            var first = true
            func key(_ name: String) -> String {
                defer { first = false }
                return first ? "\(pad)- \(name): " : "\(pad)  \(name): "
            }
            if hasTitle { output += key("title") + title() + "\n" }
            if hasText {
                output += key("text")
                writeText(indent: indent + 4)
            }
            if childCount > 0 {
                output += key("items").dropLast() + "\n"
                for _ in 0..<childCount {
                    let subCount = level < 3 && random.chance(0.2) ? min(remaining - childCount, Int.random(in: 1...3, using: &random)) : 0
                    var childRemaining = max(0, subCount)
                    writeElement(indent: indent + 4, hasTitle: random.chance(0.25), childCount: childRemaining,
                                 level: level + 1, remaining: &childRemaining)
                    remaining -= max(0, subCount)
                }
                remaining -= childCount
            }
        }

        /// A paragraph, in one of the ways people write them, ending with a newline.
        mutating func writeText(indent: Int) {
            let pad = String(repeating: " ", count: indent)
            let roll = Double.random(in: 0..<1, using: &random)
            if roll < 0.75 {
                output += paragraph() + "\n"
            } else if roll < 0.95 {
                // A long paragraph wrapped by the editor: YAML folds it, PlainText joins the Chinese lines.
                output += ">-\n"
                for _ in 0..<Int.random(in: 2...4, using: &random) { output += pad + paragraph() + "\n" }
            } else {
                output += "|\n\(pad)\(paragraph())\n\n\(pad)\(paragraph())\n"
            }
        }

        mutating func paragraph() -> String {
            var text = ""
            for _ in 0..<Int.random(in: 1...3, using: &random) { text += sentence() }
            if flavor == .pathological { text += pathologicalRun() + sentence() }
            return text
        }

        mutating func sentence() -> String {
            var clauses: [String] = []
            for _ in 0..<Int.random(in: 2...5, using: &random) { clauses.append(random.pick(Phrases.clauses)) }
            if random.chance(0.3) {
                let metric = random.pick(Phrases.metrics)
                clauses.append("共\(metric.name)\(Int.random(in: 2...3000, using: &random))\(metric.unit)")
            }
            if random.chance(0.1) {
                // Figures and ASCII punctuation as the real data has them: (任務書編號:桂科能1347003), 2016-2020.
                clauses.append("(任務書編號:桂科能\(Int.random(in: 1_000_000...9_999_999, using: &random)))")
            }
            return clauses.joined(separator: "，") + "。"
        }

        mutating func title() -> String {
            (random.chance(0.5) ? "認真" : random.chance(0.5) ? "大力" : "積極") + random.pick(Phrases.titles)
        }

        /// A run of 100–2,000 characters that would be quadratic for a careless Markdown implementation.
        mutating func pathologicalRun() -> String {
            let unit = random.pick(["[", "*", "<", "`", "[a](", "*a **", "<a", "` ``", "_", "\\"])
            return "，" + String(repeating: unit, count: Int.random(in: 100...2000, using: &random) / unit.count) + "，"
        }
    }
}
