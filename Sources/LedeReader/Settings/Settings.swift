import Foundation
import TOMLKit

/// Lede's defaults, from `config.toml` in the ``ConfigDirectory``, with where each came from;
/// a command-line option wins over them.
///
/// ```toml
/// theme = "solarized-dark"   # a theme's name or a theme file's path
/// width = 100                # the reading width, in columns (0: the pane's whole width)
/// mouse = false              # leave the mouse to the terminal
/// actors = "~/news/actors.toml"
/// color = "always"           # printed output: always, never or auto
/// ```
public struct Settings: Equatable, Sendable {
    /// Where a value came from.
    public enum Origin: Equatable, Sendable, CustomStringConvertible {
        /// Lede's own default.
        case builtIn
        /// A line of the configuration file.
        case file(ThemePlace)
        /// A command-line option.
        case commandLine

        public var description: String {
            switch self {
            case .builtIn: "built-in default"
            case .file(let place): "\(place.file), line \(place.line)"
            case .commandLine: "command line"
            }
        }
    }

    /// One setting: its value as written in TOML (`"dark"`, `100`, `false`), or `nil` for
    /// none, and where it came from.
    public struct Entry: Equatable, Sendable {
        public var value: Value?
        public var origin: Origin
    }

    /// A setting's value.
    public enum Value: Equatable, Sendable, CustomStringConvertible {
        case text(String)
        case number(Int)
        case flag(Bool)

        /// The value as TOML writes it.
        public var description: String {
            switch self {
            case .text(let text): "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
            case .number(let number): "\(number)"
            case .flag(let flag): "\(flag)"
            }
        }
    }

    /// The keys the file may set, in the order `--print-config` lists them, with their
    /// built-in defaults and what each must be.
    public static let keys: [(key: String, default: Value?, kind: Kind)] = [
        ("theme", .text(ThemeCatalog.defaultName), .text),
        ("width", .number(ReaderGeometry.defaultReadingWidth), .width),
        ("mouse", .flag(true), .flag),
        ("actors", nil, .text),
        ("color", .text("auto"), .choice(["always", "never", "auto"])),
    ]

    /// What a key's value must be.
    public enum Kind: Equatable, Sendable {
        case text
        /// A whole number of columns, from ``minimumWidth``, or 0 for the pane's whole width.
        case width
        case flag
        case choice([String])
    }

    /// The narrowest reading width the file may ask for.
    public static let minimumWidth = ReaderGeometry.minimumReadableWidth

    /// Each key's entry.
    public private(set) var entries: [String: Entry]

    /// The built-in defaults.
    public init() {
        entries = Dictionary(uniqueKeysWithValues: Self.keys.map { ($0.key, Entry(value: $0.default, origin: .builtIn)) })
    }

    /// The settings of the configuration file `text`, read from `file`, over the defaults.
    public init(parsing text: String, file: String) throws(ThemeError) {
        self.init()
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError("TOML syntax: \(error.description)", at: ThemePlace(file: file, line: error.source.begin.line, column: error.source.begin.column))
        } catch {
            throw ThemeError("TOML syntax: \(error)", at: ThemePlace(file: file, line: 1, column: 1))
        }
        let map = ThemeSourceMap(text, file: file)
        let names = Self.keys.map(\.key)
        for key in table.keys.sorted() {
            let place = map.place(of: key, in: nil)
            guard let kind = Self.keys.first(where: { $0.key == key })?.kind else {
                throw ThemeError("unknown key `\(key)`" + ThemeError.hint(for: key, among: names), at: place)
            }
            let value = table[key]!
            let parsed: Value?
            switch kind {
            case .text:
                parsed = value.string.map(Value.text)
            case .width:
                parsed = value.int.flatMap { $0 == 0 || $0 >= Self.minimumWidth ? .number($0) : nil }
            case .flag:
                parsed = value.bool.map(Value.flag)
            case .choice(let choices):
                parsed = value.string.flatMap { choices.contains($0) ? .text($0) : nil }
            }
            guard let parsed else { throw ThemeError("`\(key)` must be \(Self.expectation(kind))", at: place) }
            entries[key] = Entry(value: parsed, origin: .file(place))
        }
    }

    /// What a value of `kind` must be, for an error message.
    private static func expectation(_ kind: Kind) -> String {
        switch kind {
        case .text: "a string"
        case .width: "0 (the pane's whole width) or a whole number of columns, \(minimumWidth) or more"
        case .flag: "true or false"
        case .choice(let choices): "one of " + choices.map { "\"\($0)\"" }.joined(separator: ", ")
        }
    }

    /// Sets `key` to `value` from the command line, which wins over the file.
    public mutating func override(_ key: String, with value: Value) {
        entries[key] = Entry(value: value, origin: .commandLine)
    }

    /// The text of `key`, if it is set to one.
    public func text(_ key: String) -> String? {
        if case .text(let text)? = entries[key]?.value { return text }
        return nil
    }

    /// The number of `key`, if it is set to one.
    public func number(_ key: String) -> Int? {
        if case .number(let number)? = entries[key]?.value { return number }
        return nil
    }

    /// The flag `key`, if it is set.
    public func flag(_ key: String) -> Bool? {
        if case .flag(let flag)? = entries[key]?.value { return flag }
        return nil
    }

    /// The effective settings as a configuration file, each with where it came from
    /// (`theme = "dark"  # ~/.config/lede/config.toml, line 2`); an unset one commented out.
    public var printed: String {
        Self.keys.map { key, _, _ in
            let entry = entries[key]!
            let line = entry.value.map { "\(key) = \($0)" } ?? "# \(key) ="
            let origin = entry.value == nil && entry.origin == .builtIn ? "not set" : entry.origin.description
            return line.padding(toLength: max(line.count + 2, 28), withPad: " ", startingAt: 0) + "# " + origin + "\n"
        }.joined()
    }
}
