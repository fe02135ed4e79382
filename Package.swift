// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "summarize",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "summarize", targets: ["summarize"]),
        .library(name: "SummarizeCore", targets: ["SummarizeCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // The preview server's sockets: FlyingFox's socket layer, pure Swift, no SwiftNIO (see
        // Sources/SummarizePreview/PreviewServer.swift for why not FlyingFox's HTTP module itself).
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // libyaml's event parser: the data files are read as one stream of events (Load/YAML/YAMLComposer).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(
            name: "SummarizeCore",
            dependencies: [
                "CCmark",
                "CYAML",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        // Templates/ compiled into the library (Fill/TemplateSet), so that the binary needs no folder beside it.
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["template-embedder"]),
        .executableTarget(name: "template-embedder"),
        // `summarize preview`: a loopback HTTP server that re-renders on every save. It knows nothing of YAML or
        // templates: it is given a render function and the files to watch.
        .target(
            name: "SummarizePreview",
            dependencies: [
                "SummarizeCore",
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "summarize",
            dependencies: [
                "SummarizeCore",
                "SummarizePreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark (scripts/benchmark, BENCHMARKS.md): the runner, the C floor it compares against, and the
        // start-up floor. Built with everything else so that CI keeps them compiling.
        .executableTarget(
            name: "summarize-benchmark",
            dependencies: ["SummarizeCore"],
            path: "Benchmarks/summarize-benchmark"
        ),
        .executableTarget(
            name: "summarize-floor",
            path: "Benchmarks/summarize-floor",
            linkerSettings: [.linkedLibrary("yaml"), .linkedLibrary("cmark")]
        ),
        .executableTarget(
            name: "empty-foundation",
            path: "Benchmarks/empty-foundation"
        ),
        .testTarget(
            name: "SummarizeCoreTests",
            dependencies: ["SummarizeCore"],
            exclude: ["Fixtures", "Golden", "Support/check_docx.py"]
        ),
        .testTarget(
            name: "SummarizePreviewTests",
            dependencies: ["SummarizePreview", "SummarizeCore"]
        ),
    ]
)
