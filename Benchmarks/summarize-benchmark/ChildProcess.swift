import Foundation

/// Runs a program as a child process: wall-clock time from just before `posix_spawn` until `wait4` returns, and
/// what it printed. (Its `ru_maxrss` is not its own on Linux, see `Tools.measured`; the figures the tables show
/// for summarize and the empty program come from `summarize-floor measure`.)
struct ChildProcess {
    struct Run {
        /// Seconds from spawn to exit.
        var seconds: Double
        /// The child's maximum resident set size in bytes (`ru_maxrss`).
        var peakMemory: Int = 0
        /// What the child wrote to standard output.
        var output: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let executable: String
    let arguments: [String]
    /// Where standard output is collected; standard error goes to the same path with `.err` appended.
    let outputFile: String
    /// Whether a non-zero exit status is an answer rather than a failure (a run that reports problems).
    var acceptsFailure = false

    func run() throws -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, outputFile + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        var pid: pid_t = 0
        var status: Int32 = 0
        var usage = rusage()
        let start = Clock.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))") }
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = Clock.now() - start

        let output = (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
        // WIFEXITED && WEXITSTATUS == 0, spelled out: the macros are not imported into Swift.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 || acceptsFailure else {
            let errors = (try? String(contentsOfFile: outputFile + ".err", encoding: .utf8)) ?? ""
            throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) failed (status \(status)):\n\(errors)")
        }
        return Run(seconds: seconds, peakMemory: usage.ru_maxrss * 1024, output: output)
    }
}

/// The monotonic clock, in seconds.
enum Clock {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// How long `body` takes, in seconds, and what it returned.
    static func measure<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
        let start = now()
        let value = try body()
        return (now() - start, value)
    }
}
