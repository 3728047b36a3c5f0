import Foundation
import TOMLKit

/// The actors an analysis looks for, read from a TOML file.
///
/// The file holds an array of tables `[[actor]]`, each with `id`, `name`, `aliases` and,
/// optionally, `exact_aliases`, `exclusions` and `speaker_terms`. The built-in lexicon
/// (Assad, Russia, Iran, United States) is ``standard``.
public struct ActorLexicon: Hashable, Sendable {
    /// The actors, in the order the file lists them.
    public var actors: [Actor]

    /// Creates a lexicon of `actors`.
    public init(actors: [Actor]) {
        self.actors = actors
    }

    /// The built-in lexicon.
    public static let standard: ActorLexicon = {
        do {
            return try ActorLexicon(toml: Resources.text(named: "actors.toml"))
        } catch {
            preconditionFailure("the built-in actor lexicon is invalid: \(error)")
        }
    }()

    /// Reads a lexicon from TOML text.
    public init(toml: String) throws(LexiconError) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            throw .syntax(line: error.source.begin.line, message: error.description)
        } catch {
            throw .syntax(line: 0, message: "\(error)")
        }
        if let unknown = table.keys.sorted().first(where: { $0 != "actor" }) {
            throw .unknownKey(unknown, line: Self.line(ofKey: unknown, entry: nil, in: toml), known: ["actor"])
        }
        guard let entries = table["actor"]?.array else { throw .noActors }
        var actors: [Actor] = []
        for (position, entry) in entries.enumerated() {
            guard let fields = entry.table else { throw .invalidEntry(position: position + 1, reason: "not a table") }
            if let unknown = fields.keys.sorted().first(where: { !Self.actorKeys.contains($0) }) {
                throw .unknownKey(unknown, line: Self.line(ofKey: unknown, entry: position, in: toml), known: Self.actorKeys)
            }
            func strings(_ key: String) throws(LexiconError) -> [String] {
                guard let value = fields[key] else { return [] }
                guard let array = value.array else {
                    throw .invalidEntry(position: position + 1, reason: "`\(key)` must be an array of strings")
                }
                var result: [String] = []
                for item in array {
                    guard let text = item.string else {
                        throw .invalidEntry(position: position + 1, reason: "`\(key)` must be an array of strings")
                    }
                    result.append(text)
                }
                return result
            }
            guard let id = fields["id"]?.string, !id.isEmpty else {
                throw .invalidEntry(position: position + 1, reason: "missing `id`")
            }
            guard actors.allSatisfy({ $0.id != id }) else { throw .duplicateID(id) }
            let actor = Actor(
                id: id, name: fields["name"]?.string ?? id, aliases: try strings("aliases"),
                exactAliases: try strings("exact_aliases"), exclusions: try strings("exclusions"),
                speakerTerms: try strings("speaker_terms"))
            guard !actor.aliases.isEmpty || !actor.exactAliases.isEmpty else {
                throw .invalidEntry(position: position + 1, reason: "actor `\(id)` has no aliases")
            }
            actors.append(actor)
        }
        guard !actors.isEmpty else { throw .noActors }
        self.actors = actors
    }

    /// The keys an `[[actor]]` entry may have.
    public static let actorKeys = ["id", "name", "aliases", "exact_aliases", "exclusions", "speaker_terms"]

    /// The line (from 1) where `key` is set: in the `entry`-th `[[actor]]` table (from 0), or
    /// before the first table when `entry` is `nil`; 0 when it cannot be found (a key set
    /// inline, or quoted).
    static func line(ofKey key: String, entry: Int?, in toml: String) -> Int {
        var tables = -1
        for (number, line) in toml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("[") {
                if trimmed.hasPrefix("[[actor]]") { tables += 1 }
                if entry == nil, trimmed.dropFirst(trimmed.hasPrefix("[[") ? 2 : 1).hasPrefix(key) { return number + 1 }
                continue
            }
            let setsKey = trimmed.hasPrefix(key) && trimmed.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }.hasPrefix("=")
            if setsKey, tables == (entry ?? -1) { return number + 1 }
        }
        return 0
    }

    /// Reads a lexicon from a TOML file.
    public init(contentsOf url: URL) throws(LexiconError) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(path: url.path, reason: ReadFailure.reason(forReading: url.path))
        }
        try self.init(toml: text)
    }
}

/// Why an actor lexicon could not be read.
public enum LexiconError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case syntax(line: Int, message: String)
    case noActors
    case invalidEntry(position: Int, reason: String)
    case duplicateID(String)
    case unknownKey(String, line: Int, known: [String])

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read actor lexicon '\(path)': \(reason)"
        case .syntax(let line, let message): "actor lexicon: TOML error at line \(line): \(message)"
        case .noActors: "actor lexicon: no [[actor]] entries"
        case .invalidEntry(let position, let reason): "actor lexicon: actor #\(position): \(reason)"
        case .duplicateID(let id): "actor lexicon: the id `\(id)` is used twice"
        case .unknownKey(let key, let line, let known):
            "actor lexicon: line \(line): unknown key `\(key)` (expected \(known.map { "`\($0)`" }.joined(separator: ", ")))"
        }
    }
}
