// swift-tools-version:6.0
import PackageDescription

/// The theme files of Themes/, bundled as they are. They are named here rather than found by
/// listing the folder: SwiftPM caches a manifest's evaluation by its text, so a listing would
/// miss a theme file added later. `BuiltInThemesTests` fails when a file here is missing.
let themeFiles = [
    "dark.toml", "default.toml", "high-contrast.toml", "light.toml", "mono.toml", "solarized-dark.toml",
    "solarized-light.toml",
]

let package = Package(
    name: "Lede",
    products: [
        .library(name: "LedeKit", targets: ["LedeKit"]),
        .library(name: "LedeReader", targets: ["LedeReader"]),
        .library(name: "LedeWeb", targets: ["LedeWeb"]),
        .executable(name: "lede", targets: ["lede"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.0"),
    ],
    targets: [
        .target(
            name: "LedeKit",
            dependencies: [
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Algorithms", package: "swift-algorithms"),
            ],
            resources: [
                .copy("Resources/actors.toml"), .copy("Resources/syria-assad.txt"), .copy("Resources/words.toml"),
                .copy("Resources/ethnic-labels.toml"), .copy("Resources/person-descriptions.toml"),
                .copy("Resources/given-names.txt"), .copy("Resources/gendered-words.txt"), .copy("Resources/title-roles.txt"),
                .copy("Resources/speaker-ranker.json"),
            ]
        ),
        .target(name: "CDisplayWidth"),
        .target(name: "CHeap"),
        .target(
            name: "LedeReader",
            dependencies: [
                "LedeKit", "LedeThemes", "CDisplayWidth", "CHeap",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Algorithms", package: "swift-algorithms"),
            ]
        ),
        // The top-level Themes/ folder: its theme files ship as this module's resources.
        .target(name: "LedeThemes", path: "Themes", sources: ["BuiltInThemes.swift"], resources: themeFiles.map { .copy($0) }),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "LedeTerminal", dependencies: ["LedeReader", "CNcursesw"]),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Web pages: the article found in HTML, with libxml2's HTML parser.
        .target(name: "LedeWeb", dependencies: ["LedeKit", "CLibXML2"], resources: [.copy("Resources/page-hints.toml")]),
        .executableTarget(
            name: "lede",
            dependencies: [
                "LedeKit", "LedeReader", "LedeTerminal", "LedeWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "LedeTestSupport", dependencies: ["LedeKit"], path: "Tests/LedeTestSupport",
                resources: [.copy("Fixtures")]),
        .testTarget(name: "LedeKitTests", dependencies: ["LedeKit", "LedeTestSupport"]),
        // The golden frames are read from the source tree (`FrameSnapshot.directory`).
        .testTarget(name: "LedeReaderTests", dependencies: ["LedeReader", "LedeThemes", "LedeTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "LedeWebTests", dependencies: ["LedeWeb", "LedeKit"]),
        .testTarget(name: "LedeTerminalTests", dependencies: ["LedeTerminal", "LedeReader", "LedeTestSupport"]),
        .testTarget(name: "LedeEndToEndTests", dependencies: ["lede", "LedeTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
