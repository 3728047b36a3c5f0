import Foundation
import LedeThemes
import Testing

/// Every theme file in `Themes/` ships: `Package.swift` names each one.
@Suite struct BuiltInThemesTests {
    /// The `.toml` files in a folder, sorted.
    func themeFiles(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".toml") }.sorted()
    }

    @Test func everyThemeFileInTheFolderIsBundled() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Themes")
        let inFolder = try themeFiles(in: folder)
        #expect(!inFolder.isEmpty)
        #expect(try themeFiles(in: BuiltInThemes.directory) == inFolder, "name the missing files in Package.swift's themeFiles")
    }
}
