import CLibFuzzer

/// The program's entry. SwiftPM links an executable's `main` to `<target>_main`, so libFuzzer's own `main` is never
/// used; this one hands the command line to libFuzzer's driver, which calls ``fuzz(_:_:)`` with each input.
@_cdecl("SummarizeFuzz_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
        guard let bytes else { return 0 }
        return fuzz(bytes, count)
    }
}
