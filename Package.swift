// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "linkscope",
    products: [
        .executable(name: "linkscope", targets: ["linkscope"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(name: "SafeText"),
        .target(name: "Topology", dependencies: ["SafeText"]),
        .target(name: "Importers", dependencies: ["Topology", "Yams"], plugins: ["EmbedResources"]),
        .target(name: "Guide", dependencies: ["SafeText"], plugins: ["EmbedResources"]),
        .target(name: "Analysis", dependencies: ["SafeText", "Topology"]),
        .target(name: "Explorer", dependencies: ["SafeText", "Topology", "Guide", "Analysis"]),
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "CTerminalGuard"),
        .target(name: "Terminal", dependencies: ["CNcurses", "CTerminalGuard", "Explorer"]),
        .executableTarget(
            name: "linkscope",
            dependencies: [
                "SafeText",
                "Topology",
                "Importers",
                "Guide",
                "Analysis",
                "Explorer",
                "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "EmbedResourcesTool"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["EmbedResourcesTool"]),
        .executableTarget(name: "Benchmarks", dependencies: ["Topology", "Importers", "Guide", "Explorer"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SafeTextTests", dependencies: ["SafeText"]),
        .testTarget(name: "TopologyTests", dependencies: ["Topology", "Importers", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "GuideTests", dependencies: ["Guide", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Importers", "TestSupport"]),
        .testTarget(name: "ExplorerTests", dependencies: ["Explorer", "Importers"]),
        .testTarget(name: "EmbedResourcesTests", exclude: ["Fixtures"], plugins: ["EmbedResources"]),
        .testTarget(name: "CLITests", dependencies: ["linkscope"], exclude: ["Golden"]),
    ]
)
