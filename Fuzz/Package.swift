// swift-tools-version:6.0
import Foundation
import PackageDescription

// The libFuzzer harness for Lede, kept out of the main package so that `swift test` never
// builds it. Build and run it with `scripts/fuzz`; see docs/fuzzing.md.

/// The main package is the parent directory; a path dependency is known by its folder name,
/// whatever the checkout is called.
let ledeIdentity = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "LedeFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "lede-fuzz",
            dependencies: [
                .product(name: "LedeKit", package: ledeIdentity),
                .product(name: "LedeReader", package: ledeIdentity),
            ],
            path: "Sources/LedeFuzz",
            // libFuzzer supplies `main`: the harness must not define one.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ],
    swiftLanguageModes: [.v6]
)
