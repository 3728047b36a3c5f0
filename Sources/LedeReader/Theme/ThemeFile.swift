import Foundation
import LedeKit
import TOMLKit

/// Reads theme files, in the manner of helix's themes.
///
/// A theme file may have a `description`, `inherits = "name"` (the theme it is laid over), a
/// `[palette]` of named colours, an `actor_palette` (styles for actors the theme does not
/// name, taken in turn) and a `[styles]` table whose keys are ``StyleRole/fixedThemeKeys``
/// and `actor.<id>`. A style is a colour (its foreground) or a table
/// `{ fg, bg, bold, dim, italic, underline, reverse }`; a colour is a palette name, a colour
/// name such as `red` or `bright-blue`, an index `0`–`255`, `#rrggbb` or `default`.
public enum ThemeFile {
    /// The keys a theme file may have at its top level.
    public static let topLevelKeys = ["description", "inherits", "palette", "actor_palette", "styles"]

    /// The attributes a style table may set, with the field of ``TextStyle`` each sets.
    nonisolated(unsafe) static let attributeFields: [String: WritableKeyPath<TextStyle, Bool?>] = [
        "bold": \.bold, "dim": \.dim, "italic": \.italic, "underline": \.underline, "reverse": \.reverse,
    ]

    /// Every field a style table may have.
    public static let styleFields = ["fg", "bg"] + attributeFields.keys.sorted()

    /// Parses a theme that inherits from none but built-in themes.
    public static func parse(_ text: String, name: String, file: String? = nil) throws(ThemeError) -> Theme {
        try ThemeCatalog(userDirectory: nil).theme(parsing: text, name: name, file: file ?? name)
    }

    /// Reads the definition in `text`, which came from `file`.
    static func definition(_ text: String, file: String) throws(ThemeError) -> ThemeDefinition {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let place = ThemePlace(file: file, line: error.source.begin.line, column: error.source.begin.column)
            throw ThemeError("TOML syntax: \(error.description)", at: place)
        } catch {
            throw ThemeError("TOML syntax: \(error)", at: ThemePlace(file: file, line: 1, column: 1))
        }
        let map = ThemeSourceMap(text, file: file)
        var definition = ThemeDefinition()
        for key in table.keys.sorted() where !topLevelKeys.contains(key) {
            throw ThemeError("unknown key `\(key)`" + ThemeError.hint(for: key, among: topLevelKeys), at: map.place(of: key, in: nil))
        }
        if let value = table["description"] {
            definition.summary = try string(value, key: "description", in: nil, map)
        }
        if let value = table["inherits"] {
            definition.inherits = (try string(value, key: "inherits", in: nil, map), map.place(of: "inherits", in: nil))
        }
        if let value = table["palette"] {
            guard let entries = value.table else { throw ThemeError("`palette` must be a table", at: map.place(of: "palette", in: nil)) }
            for name in entries.keys.sorted() {
                let text = try string(entries[name]!, key: name, in: "palette", map)
                guard let color = ThemeColor(parsing: text) else {
                    throw ThemeError(
                        "palette `\(name)`: `\(text)` is not a colour: a colour name, 0–255 or #rrggbb"
                            + ThemeError.hint(for: text, among: ThemeColor.names.keys.sorted()),
                        at: map.place(of: name, in: "palette", token: quoted(text)))
                }
                definition.palette[name] = color
            }
        }
        if let value = table["styles"] {
            guard let entries = value.table else { throw ThemeError("`styles` must be a table", at: map.place(of: "styles", in: nil)) }
            for key in entries.keys.sorted() {
                guard StyleRole.fixedThemeKeys.contains(key) || key.hasPrefix(StyleRole.actorKeyPrefix) else {
                    throw ThemeError(
                        "unknown style `\(key)`" + ThemeError.hint(for: key, among: StyleRole.fixedThemeKeys),
                        at: map.place(of: key, in: "styles"))
                }
                definition.styles[key] = try style(entries[key]!, key: key, in: "styles", map)
            }
        }
        if let value = table["actor_palette"] {
            guard let entries = value.array else {
                throw ThemeError("`actor_palette` must be an array of styles", at: map.place(of: "actor_palette", in: nil))
            }
            var styles: [ThemeDefinition.WrittenStyle] = []
            for entry in entries { styles.append(try style(entry, key: "actor_palette", in: nil, map)) }
            definition.actorPalette = styles
        }
        return definition
    }

    /// `text` as a TOML basic string, to find it in the file.
    private static func quoted(_ text: String) -> String { "\"\(text)\"" }

    /// The string `value` of `key`, or an error at the key.
    private static func string(
        _ value: TOMLValueConvertible, key: String, in section: String?, _ map: ThemeSourceMap
    ) throws(ThemeError) -> String {
        guard let text = value.string else {
            throw ThemeError("`\(key)` must be a string, not \(value.tomlValue.debugDescription)", at: map.place(of: key, in: section))
        }
        return text
    }

    /// The style `value` of `key`: a colour string or a table of fields.
    private static func style(
        _ value: TOMLValueConvertible, key: String, in section: String?, _ map: ThemeSourceMap
    ) throws(ThemeError) -> ThemeDefinition.WrittenStyle {
        var style = ThemeDefinition.WrittenStyle()
        if let text = value.string {
            style.foreground = .init(text: text, place: map.place(of: key, in: section, token: quoted(text)))
            return style
        }
        guard let fields = value.table else {
            throw ThemeError("style `\(key)` must be a colour or a table { fg, bg, bold, … }", at: map.place(of: key, in: section))
        }
        for field in fields.keys.sorted() {
            let entry = fields[field]!
            if field == "fg" || field == "bg" {
                guard let text = entry.string else {
                    throw ThemeError("style `\(key)`: `\(field)` must be a colour in quotes", at: map.place(of: key, in: section))
                }
                let color = ThemeDefinition.WrittenColor(text: text, place: map.place(of: key, in: section, token: quoted(text)))
                if field == "fg" { style.foreground = color } else { style.background = color }
            } else if let path = attributeFields[field] {
                guard let flag = entry.bool else {
                    throw ThemeError("style `\(key)`: `\(field)` must be true or false", at: map.place(of: key, in: section))
                }
                style.attributes[keyPath: path] = flag
            } else {
                throw ThemeError(
                    "style `\(key)`: unknown field `\(field)`" + ThemeError.hint(for: field, among: styleFields),
                    at: map.place(of: key, in: section, token: field))
            }
        }
        return style
    }
}
