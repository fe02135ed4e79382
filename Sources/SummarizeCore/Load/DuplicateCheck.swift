/// What a period's data says twice, found once its files are merged: a metric named twice, a plan reviewed twice,
/// the same point word for word in two places (most often a department file copied into another, or pasted twice).
///
/// - The same metric name twice is an error naming both places: the table cannot show two values for one name,
///   and the next period would compare with only one of them.
/// - A plan reviewed twice is an error naming both places, unless the two lines are the same word for word; then
///   it is a warning, and the plan is shown once.
/// - A point of one department file repeated word for word in another (title, text, items and responsible units;
///   the department and the place are not compared), in the same section, is a warning at the repeat, and the
///   report shows it once: no report means to say the same thing twice, and the warning says where to remove it.
///   Within one file, points are left as written.
enum DuplicateCheck {
    static func check(_ sections: inout [Section], diagnostics: inout [Diagnostic]) {
        for index in sections.indices {
            switch sections[index].content {
            case let .entries(entries):
                if let kept = withoutRepeats(entries, diagnostics: &diagnostics) { sections[index].content = .entries(kept) }
            case let .metrics(metrics):
                checkNames(metrics, diagnostics: &diagnostics)
            case let .review(reviews):
                if let kept = withoutRepeats(reviews, diagnostics: &diagnostics) { sections[index].content = .review(kept) }
            }
        }
    }

    /// "on line 5" in the same file, the whole place in another.
    static func place(_ first: SourceLocation?, from here: SourceLocation?) -> String {
        guard let first else { return "elsewhere" }
        if let here, here.file == first.file { return "on line \(first.line)" }
        return "at \(first)"
    }

    // MARK: Points

    /// The entries without their word-for-word repeats, or nil when there are none.
    private static func withoutRepeats(_ entries: [Entry], diagnostics: inout [Diagnostic]) -> [Entry]? {
        guard entries.count > 1, let file = entries[0].location?.file,
              entries.contains(where: { $0.location?.file != file })
        else { return nil }
        var firsts: [Int: [Int]] = [:]
        var repeats: Set<Int> = []
        for (index, entry) in entries.enumerated() where entry.title != nil || entry.text != nil {
            var hasher = Hasher()
            hash(entry, into: &hasher)
            let key = hasher.finalize()
            if let first = firsts[key]?.first(where: { sameWords(entries[$0], entry) }),
               entries[first].location?.file != entry.location?.file {
                repeats.insert(index)
                diagnostics.append(Diagnostic(
                    .warning, at: entry.location,
                    "this point repeats the one \(place(entries[first].location, from: entry.location)) word for word, so the report shows it once",
                    hint: "remove one of them; if two departments did the work together, keep one and name both, e.g.  department: 辦公室、科普科"))
            } else {
                firsts[key, default: []].append(index)
            }
        }
        guard !repeats.isEmpty else { return nil }
        return entries.enumerated().filter { !repeats.contains($0.offset) }.map(\.element)
    }

    /// Hashes what a reader sees of a point, by its UTF-8 bytes (word for word; no Unicode normalization to pay).
    private static func hash(_ entry: Entry, into hasher: inout Hasher) {
        for text in [entry.title, entry.text] {
            hasher.combine(text == nil)
            if var text { text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) } }
        }
        hasher.combine(entry.items.count)
        for item in entry.items { hash(item, into: &hasher) }
    }

    private static func sameWords(_ a: Entry, _ b: Entry) -> Bool {
        a.title.map { Array($0.utf8) } == b.title.map { Array($0.utf8) } && a.text.map { Array($0.utf8) } == b.text.map { Array($0.utf8) }
            && a.responsible == b.responsible && a.runIn == b.runIn && a.itemsAreNumbered == b.itemsAreNumbered
            && a.items.count == b.items.count && zip(a.items, b.items).allSatisfy { sameWords($0, $1) }
    }

    // MARK: Metrics

    private static func checkNames(_ metrics: [Metric], diagnostics: inout [Diagnostic]) {
        var firsts: [String: Metric] = [:]
        for metric in metrics {
            guard let first = firsts[metric.name] else {
                firsts[metric.name] = metric
                continue
            }
            diagnostics.append(Diagnostic(
                at: metric.location,
                "the metric '\(metric.name.quoted)' is given twice; the first is \(place(first.location, from: metric.location))",
                hint: "keep one row per metric: add the two values up in one row, or tell them apart by name (e.g. \(metric.name)（科普科）)"))
        }
    }

    // MARK: Reviews

    /// The review lines without their word-for-word repeats, or nil when there are none; a plan reviewed twice in
    /// different words is an error.
    private static func withoutRepeats(_ reviews: [PlanReview], diagnostics: inout [Diagnostic]) -> [PlanReview]? {
        guard reviews.count > 1 else { return nil }
        var firsts: [String: PlanReview] = [:]
        var repeats: Set<Int> = []
        for (index, review) in reviews.enumerated() {
            let key = PlanReviewCheck.matchKey(review.plan)
            guard let first = firsts[key] else {
                firsts[key] = review
                continue
            }
            let where_ = place(first.location, from: review.location)
            if first.status == review.status && first.note == review.note {
                repeats.insert(index)
                diagnostics.append(Diagnostic(
                    .warning, at: review.location,
                    "the plan '\(review.plan.quoted)' is reviewed again here, word for word as \(where_), so the report shows it once",
                    hint: "remove one of the two review lines"))
            } else {
                let statuses = first.status == review.status ? "" : " (as \(review.status.rawValue) here, as \(first.status.rawValue) there)"
                diagnostics.append(Diagnostic(
                    at: review.location, "the plan '\(review.plan.quoted)' is reviewed twice\(statuses); the first is \(where_)",
                    hint: "review each plan once: agree on one status, and put what each department did in one 'note:'"))
            }
        }
        guard !repeats.isEmpty else { return nil }
        return reviews.enumerated().filter { !repeats.contains($0.offset) }.map(\.element)
    }
}
