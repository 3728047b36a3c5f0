import Foundation
import LedeKit
import LedeThemes

/// The themes a person can choose: the built-in ones (the project's `Themes/` folder,
/// bundled) and their own, in `$XDG_CONFIG_HOME/lede/themes/` (`~/.config` by default).
///
/// A user theme of the same name as a built-in one is chosen in its place; it may still
/// inherit the built-in one (`inherits = "dark"` in a user `dark.toml`).
public struct ThemeCatalog: Sendable {
    /// The theme used when none is asked for, and when the one asked for is broken.
    public static let defaultName = "default"

    /// Where a theme comes from.
    public enum Origin: String, Sendable {
        /// Bundled with Lede.
        case builtIn = "built-in"
        /// The person's own theme directory.
        case user
    }

    /// One theme file.
    public struct Entry: Hashable, Sendable {
        /// The theme's name: its file name without `.toml`.
        public let name: String
        /// Where it comes from.
        public let origin: Origin
        /// The file.
        public let url: URL
    }

    /// Every theme file: the user's first, then the built-in ones, each group by name.
    public let entries: [Entry]

    /// A catalog of the built-in themes and those in `userDirectory`, if any.
    public init(userDirectory: URL?) {
        entries = Self.files(in: userDirectory, origin: .user) + Self.files(in: BuiltInThemes.directory, origin: .builtIn)
    }

    /// A catalog with the user's theme directory found in `environment`.
    public init(environment: [String: String]) {
        self.init(userDirectory: Self.userDirectory(in: environment))
    }

    /// `$XDG_CONFIG_HOME/lede/themes`, or `$HOME/.config/lede/themes` when `XDG_CONFIG_HOME` is
    /// unset or not absolute (as the XDG base directory specification says); `nil` with
    /// neither.
    public static func userDirectory(in environment: [String: String]) -> URL? {
        ConfigDirectory.url(in: environment)?.appendingPathComponent("themes")
    }

    /// The names of the themes to choose from, sorted, each once.
    public var names: [String] {
        Array(Set(entries.map(\.name))).sorted()
    }

    /// The theme after `name` in ``names``, round to the first (also after a name not there).
    public func name(after name: String) -> String {
        let names = self.names
        guard let index = names.firstIndex(of: name) else { return names.first ?? Self.defaultName }
        return names[(index + 1) % names.count]
    }

    /// The file chosen for `name`: the user's if there is one.
    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The theme named `nameOrPath`: a theme's name, or the path of a theme file (anything
    /// with a `/` or ending in `.toml`).
    public func theme(_ nameOrPath: String) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            let url = URL(fileURLWithPath: nameOrPath)
            return try theme(at: url, name: url.deletingPathExtension().lastPathComponent)
        }
        guard let entry = entry(named: nameOrPath) else {
            // Only the themes that load are offered: a broken one would fail too.
            let choices = names.filter { (try? theme($0)) != nil }
            throw ThemeError(
                "no theme named '\(nameOrPath)'" + ThemeError.hint(for: nameOrPath, among: choices)
                    + " (themes: \(choices.joined(separator: ", ")); or give a path to a .toml file)",
                at: nil)
        }
        return try theme(at: entry.url, name: entry.name)
    }

    /// The theme in `text`, which came from `file` (not one of the catalog's), laid over the
    /// themes it inherits.
    public func theme(parsing text: String, name: String, file: String) throws(ThemeError) -> Theme {
        let definition = try ThemeFile.definition(text, file: file)
        return try inheriting(definition, origin: .user, chain: [file]).theme(named: name)
    }

    /// The theme in the file at `url`.
    private func theme(at url: URL, name: String) throws(ThemeError) -> Theme {
        let origin = entries.first { $0.url == url }?.origin ?? .user
        return try inheriting(try Self.definition(at: url), origin: origin, chain: [url.path]).theme(named: name)
    }

    /// `definition`, from a file of `origin`, laid over the themes it inherits; `chain` holds
    /// the files already on the way, so that a theme never inherits itself. A built-in theme
    /// inherits built-in ones only, whatever the user's themes are named.
    private func inheriting(_ definition: ThemeDefinition, origin: Origin, chain: [String]) throws(ThemeError) -> ThemeDefinition {
        guard let (parentName, place) = definition.inherits else { return definition }
        let candidates = entries.filter { $0.name == parentName && (origin == .user || $0.origin == .builtIn) }
        guard let parent = candidates.first(where: { !chain.contains($0.url.path) }) else {
            let problem = candidates.isEmpty
                ? "inherits `\(parentName)`, which is no theme" + ThemeError.hint(for: parentName, among: names)
                : "inherits `\(parentName)`, which inherits this theme again"
            throw ThemeError(problem, at: place)
        }
        let parentDefinition = try inheriting(
            try Self.definition(at: parent.url), origin: parent.origin, chain: chain + [parent.url.path])
        return definition.over(parentDefinition)
    }

    /// The definition in the file at `url`.
    private static func definition(at url: URL) throws(ThemeError) -> ThemeDefinition {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ThemeError("cannot read theme file '\(url.path)': \(ReadFailure.reason(forReading: url.path))", at: nil)
        }
        return try ThemeFile.definition(text, file: url.path)
    }

    /// The theme files in `directory`, sorted by name.
    private static func files(in directory: URL?, origin: Origin) -> [Entry] {
        guard let directory else { return [] }
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "toml" }
            .map { Entry(name: $0.deletingPathExtension().lastPathComponent, origin: origin, url: $0) }
            .sorted { $0.name < $1.name }
    }
}
