import TOMLKit

/// A TOML file of named word lists (`key = ["word", …]`, and tables of lists), parsed once.
public struct WordListFile: Sendable {
    /// Every top-level list, by key.
    public let lists: [String: [String]]
    /// Every table of lists (`[speechVerbIrregular]`), by key.
    let tables: [String: [String: [String]]]

    /// Parses `toml`; a value that is neither a list of strings nor a table of them is an
    /// error in the file, reported by `preconditionFailure` since the file ships with Lede.
    public init(toml: String, name: String) {
        guard let table = try? TOMLTable(string: toml) else { preconditionFailure("\(name) is not valid TOML") }
        var lists: [String: [String]] = [:]
        var tables: [String: [String: [String]]] = [:]
        for (key, value) in table {
            if let array = value.array {
                lists[key] = Self.strings(array, key: key, name: name)
            } else if let inner = value.table {
                tables[key] = Dictionary(uniqueKeysWithValues: inner.map { innerKey, innerValue in
                    guard let array = innerValue.array else { preconditionFailure("\(name): \(key).\(innerKey) is not a list") }
                    return (innerKey, Self.strings(array, key: "\(key).\(innerKey)", name: name))
                })
            } else {
                preconditionFailure("\(name): \(key) is neither a list nor a table")
            }
        }
        self.lists = lists
        self.tables = tables
    }

    /// The bundled word list file `name`.
    init(bundled name: String) {
        self.init(toml: Resources.text(named: name), name: name)
    }

    /// The list `key` as a set.
    public func set(_ key: String) -> Set<String> {
        guard let list = lists[key] else { preconditionFailure("no word list \(key)") }
        return Set(list)
    }

    private static func strings(_ array: TOMLArray, key: String, name: String) -> [String] {
        array.map { element in
            guard let string = element.string else { preconditionFailure("\(name): \(key) holds a value that is not a string") }
            return string
        }
    }
}
