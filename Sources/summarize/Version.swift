/// The version of summarize, printed by `summarize --version`. The one place it is written: `scripts/release` reads
/// it from the line below to name the archive.
enum SummarizeVersion {
    static let current = "0.9.0"
}
