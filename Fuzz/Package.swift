// swift-tools-version: 6.1
// The fuzz harness, a package of its own so that a normal `swift build` of summarize never builds it.
// Run it with Fuzz/run.sh SECONDS.
import PackageDescription

let package = Package(
    name: "SummarizeFuzz",
    dependencies: [.package(name: "summarize", path: "..")],
    targets: [
        .executableTarget(
            name: "SummarizeFuzz",
            dependencies: [.product(name: "SummarizeCore", package: "summarize")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
