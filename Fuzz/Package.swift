// swift-tools-version: 6.1
// The fuzz harness, a package of its own so that a normal `swift build` of summarize never builds it.
// Run it with Fuzz/run.sh SECONDS.
import PackageDescription

let package = Package(
    name: "SummarizeFuzz",
    dependencies: [.package(name: "summarize", path: "..")],
    targets: [
        // The declaration of libFuzzer's driver (Sources/SummarizeFuzz/FuzzerMain.swift).
        .systemLibrary(name: "CLibFuzzer"),
        .executableTarget(
            name: "SummarizeFuzz",
            dependencies: ["CLibFuzzer", .product(name: "SummarizeCore", package: "summarize")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])],
            // libFuzzer (and its main) only here: run.sh instruments every target for coverage and AddressSanitizer,
            // but the build tool that embeds the templates is an executable with a main of its own.
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
        ),
    ]
)
