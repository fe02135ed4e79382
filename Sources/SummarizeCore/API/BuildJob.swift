import Foundation

/// `summarize build`: writes again every report that `summarize list` calls out of date, in the formats it was
/// last written in (or the ones asked for), several at once.
///
/// ```swift
/// let job = BuildJob(dataDirectory: data, templates: templates, outputDirectory: output)
/// let plan = try job.plan()
/// let summary = job.run(plan) { result, finished, total in print("[\(finished)/\(total)] \(result.period)") }
/// ```
/// Each report is one ``SummaryJob``, so each is written as one step or not at all, and a period whose data has
/// errors fails alone: the others are still written. The reports are made on every core; the output folder's lock
/// (``OutputTransaction``) lets one job at a time render and write its files, so loading, checking and filling run
/// side by side.
public struct BuildJob: Sendable {
    public var dataDirectory: URL
    /// The house style's templates; nil for the built-in ones alone.
    public var templates: TemplateSet.Folder?
    public var outputDirectory: URL
    /// The formats to write for every report; nil for the formats each was last written in
    /// (``PeriodOverview/formats``).
    public var formats: [OutputFormat]?
    /// How many reports are made at once: one per core by default.
    public var concurrency = ProcessInfo.processInfo.activeProcessorCount
    /// The time an `.eml` is dated; injected by tests.
    public var clock: @Sendable () -> Date = { Date() }
    /// The time zone of an `.eml`'s Date header; nil for the machine's.
    public var timeZone: TimeZone?

    public init(dataDirectory: URL, templates: TemplateSet.Folder?, outputDirectory: URL, formats: [OutputFormat]? = nil) {
        self.dataDirectory = dataDirectory
        self.templates = templates
        self.outputDirectory = outputDirectory
        self.formats = formats
    }

    /// One report to write again.
    public struct Task: Sendable, Equatable {
        public var period: Period
        public var formats: [OutputFormat]
    }

    /// What a build will do, decided from the survey of `summarize list`.
    public struct Plan: Sendable {
        /// The reports out of date, oldest period first.
        public var tasks: [Task]
        /// The periods whose reports are up to date.
        public var upToDate: [Period]
        /// The periods with data and no report yet: a build does not write a period's first report, which
        /// `summarize --period` does.
        public var notWritten: [Period]
    }

    /// How one report went.
    public struct Result: Sendable {
        public var period: Period
        public var formats: [OutputFormat]
        /// The files written and any warnings, or every problem found.
        public var outcome: Swift.Result<SummaryJob.Outcome, DiagnosticError>

        public var succeeded: Bool {
            if case .success = outcome { true } else { false }
        }
    }

    /// What a build did.
    public struct Summary: Sendable {
        /// The results of the plan's tasks, in its order (oldest period first).
        public var results: [Result]
        public var upToDate: Int
        public var notWritten: Int

        public var rebuilt: Int { results.count(where: \.succeeded) }
        public var failed: Int { results.count - rebuilt }
        /// True when every report out of date was written.
        public var succeeded: Bool { failed == 0 }

        /// `2 rebuilt, 1 failed, 3 up to date`, and the periods without a report when there are any.
        public var description: String {
            var parts = ["\(rebuilt) rebuilt", "\(failed) failed", "\(upToDate) up to date"]
            if notWritten > 0 { parts.append("\(notWritten) not written yet") }
            return parts.joined(separator: ", ")
        }
    }

    /// Surveys the data and output folders as `summarize list` does. Refuses an output folder inside the data
    /// folder once, rather than once per report.
    public func plan() throws(DiagnosticError) -> Plan {
        try OutputGuard.refuseOutput(outputDirectory, insideDataFolder: dataDirectory)
        let overview = try PeriodOverview.survey(dataDirectory: dataDirectory, templates: templates, outputDirectory: outputDirectory)
        var plan = Plan(tasks: [], upToDate: [], notWritten: [])
        for line in overview {
            switch line.outputState {
            case .outdated: plan.tasks.append(Task(period: line.period, formats: formats ?? line.formats))
            case .upToDate: plan.upToDate.append(line.period)
            case .missing: plan.notWritten.append(line.period)
            }
        }
        return plan
    }

    /// Writes the plan's reports, ``concurrency`` at a time. `progress` is called as each one finishes, with the
    /// number finished so far and the total; the calls come one at a time, in the order the reports finish.
    public func run(_ plan: Plan, progress: (_ result: Result, _ finished: Int, _ total: Int) -> Void = { _, _, _ in }) -> Summary {
        let tasks = plan.tasks
        let state = SharedState(count: tasks.count)
        let workers = max(1, min(concurrency, tasks.count))
        withoutActuallyEscaping(progress) { progress in
            let report = UncheckedSendable(progress)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = state.nextTask() {
                    let result = run(tasks[index])
                    state.finish(index, with: result) { finished in report.value(result, finished, tasks.count) }
                }
            }
        }
        return Summary(results: state.results.compactMap { $0 }, upToDate: plan.upToDate.count,
                       notWritten: plan.notWritten.count)
    }

    /// One report, as `summarize --period <period> --format <formats>` writes it.
    func run(_ task: Task) -> Result {
        var job = SummaryJob(period: task.period, dataDirectory: dataDirectory, templates: templates,
                             outputDirectory: outputDirectory)
        job.formats = task.formats
        job.clock = clock
        job.timeZone = timeZone
        do {
            return Result(period: task.period, formats: task.formats, outcome: .success(try job.run()))
        } catch {
            return Result(period: task.period, formats: task.formats, outcome: .failure(error))
        }
    }

    /// The tasks handed out and the results collected, shared by the workers.
    private final class SharedState: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var finished = 0
        private(set) var results: [Result?]

        init(count: Int) {
            results = Array(repeating: nil, count: count)
        }

        func nextTask() -> Int? {
            lock.withLock {
                guard next < results.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        /// Records a result and reports it while still holding the lock, so that reports never interleave.
        func finish(_ index: Int, with result: Result, report: (Int) -> Void) {
            lock.withLock {
                results[index] = result
                finished += 1
                report(finished)
            }
        }
    }

    /// The progress closure, called only under ``SharedState``'s lock.
    private struct UncheckedSendable<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
