// swift-tools-version:6.1
import PackageDescription

/// Lede's benchmarks, in a package of their own so that the main build and `swift test`
/// never fetch or build the benchmark harness. Run them with `scripts/performance`.
let package = Package(
    name: "LedeBenchmarks",
    dependencies: [
        .package(name: "Lede", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "LedeBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "LedeKit", package: "Lede"),
                .product(name: "LedeReader", package: "Lede"),
            ],
            path: "Benchmarks/LedeBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
