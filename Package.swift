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
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(
            name: "SummarizeCore",
            dependencies: [
                "CCmark",
                "Yams",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "summarize",
            dependencies: [
                "SummarizeCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SummarizeCoreTests",
            dependencies: ["SummarizeCore"],
            exclude: ["Fixtures", "Golden"]
        ),
    ]
)
