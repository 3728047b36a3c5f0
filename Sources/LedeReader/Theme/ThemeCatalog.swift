import Foundation
import LedeThemes

/// The built-in themes (the project's `Themes/` folder, bundled) and lookup by name or path.
public enum ThemeCatalog {
    /// The theme used when none is asked for.
    public static let defaultName = "default"

    /// Names of the built-in themes, sorted.
    public static var builtInNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "toml" }.map { $0.deletingPathExtension().lastPathComponent }.sorted()
    }

    /// The theme named `nameOrPath`: a built-in theme's name, or the path of a theme file
    /// (anything with a `/` or ending in `.toml`).
    public static func theme(_ nameOrPath: String) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            return try ThemeFile.load(URL(fileURLWithPath: nameOrPath))
        }
        let url = directory.appendingPathComponent(nameOrPath + ".toml")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .notFound(name: nameOrPath, available: builtInNames)
        }
        return try ThemeFile.load(url)
    }

    private static var directory: URL { BuiltInThemes.directory }
}
