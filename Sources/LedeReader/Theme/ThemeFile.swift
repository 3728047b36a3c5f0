import Foundation
import LedeKit
import TOMLKit

/// Reads themes from TOML files.
///
/// A theme file has a `name`, an optional `description`, a `[styles]` table whose keys are
/// semantic roles (`text`, `title`, `actor.russia`, `quote`, `search.current`, …) and whose
/// values are inline tables (`{ fg = "red", bg = "default", bold = true }`), and an optional
/// `actor_palette`: an array of such tables for actors the theme does not name.
public enum ThemeFile {
    /// Parses a theme from TOML text; `fallbackName` names it when the file does not.
    public static func parse(_ toml: String, fallbackName: String) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            throw .syntax(theme: fallbackName, line: error.source.begin.line, message: error.description)
        } catch {
            throw .syntax(theme: fallbackName, line: 0, message: "\(error)")
        }
        let name = table["name"]?.string ?? fallbackName
        var styles: [String: TextStyle] = [:]
        if let entries = table["styles"]?.table {
            for (key, value) in entries {
                guard StyleRole.fixedThemeKeys.contains(key) || key.hasPrefix("actor.") else {
                    throw .unknownRole(theme: name, role: key)
                }
                styles[key] = try style(value, theme: name, role: key)
            }
        }
        var palette: [TextStyle] = []
        if let entries = table["actor_palette"]?.array {
            for (index, value) in entries.enumerated() {
                palette.append(try style(value, theme: name, role: "actor_palette[\(index)]"))
            }
        }
        return Theme(name: name, summary: table["description"]?.string ?? "", styles: styles, actorPalette: palette)
    }

    /// Reads a theme file.
    public static func load(_ url: URL) throws(ThemeError) -> Theme {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(path: url.path, reason: ReadFailure.reason(forReading: url.path))
        }
        return try parse(text, fallbackName: url.deletingPathExtension().lastPathComponent)
    }

    private static func style(_ value: TOMLValueConvertible, theme: String, role: String) throws(ThemeError) -> TextStyle {
        guard let fields = value.table else { throw .invalidStyle(theme: theme, role: role, reason: "expected a table") }
        var style = TextStyle()
        for (key, field) in fields {
            switch key {
            case "fg", "bg":
                guard let text = field.string, let color = ThemeColor(parsing: text) else {
                    throw .invalidStyle(theme: theme, role: role, reason: "`\(key)` is not a colour (a name, 0–255 or #rrggbb)")
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            case "bold", "dim", "italic", "underline", "reverse":
                guard let flag = field.bool else {
                    throw .invalidStyle(theme: theme, role: role, reason: "`\(key)` must be true or false")
                }
                switch key {
                case "bold": style.bold = flag
                case "dim": style.dim = flag
                case "italic": style.italic = flag
                case "underline": style.underline = flag
                default: style.reverse = flag
                }
            default:
                throw .invalidStyle(theme: theme, role: role, reason: "unknown field `\(key)`")
            }
        }
        return style
    }
}

/// Why a theme could not be used.
public enum ThemeError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case syntax(theme: String, line: Int, message: String)
    case unknownRole(theme: String, role: String)
    case invalidStyle(theme: String, role: String, reason: String)
    case notFound(name: String, available: [String])

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read theme file '\(path)': \(reason)"
        case .syntax(let theme, let line, let message): "theme \(theme): TOML error at line \(line): \(message)"
        case .unknownRole(let theme, let role): "theme \(theme): unknown style `\(role)`"
        case .invalidStyle(let theme, let role, let reason): "theme \(theme): style `\(role)`: \(reason)"
        case .notFound(let name, let available):
            "no theme named '\(name)' (built-in themes: \(available.joined(separator: ", ")); or give a path to a .toml file)"
        }
    }
}
