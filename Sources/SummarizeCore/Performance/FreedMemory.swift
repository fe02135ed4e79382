#if canImport(Glibc)
import Glibc
#endif

/// Hands memory that the program has freed back to the operating system.
///
/// What it buys: the peak memory of a 100,000-item run drops by the node tree's size (BENCHMARKS.md, "The devices
/// in Performance/", Freed memory: 258 → 184–207 MiB together with holding each large string once).
///
/// After loading, the YAML node tree (several times the data file's size) is freed, but glibc's allocator keeps
/// the pages of a fragmented heap; filling and rendering then allocate their large strings elsewhere, and the
/// process's peak memory becomes the tree plus everything after it. glibc's `malloc_trim` releases every free
/// page, so the stages that follow start from what is actually in use. It is looked up at run time because the
/// Glibc module does not include `<malloc.h>`; with another C library this does nothing.
@_spi(Stages) public enum FreedMemory {
    public static func returnToSystem() {
        #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }
}
