/// What to look for, and how: a literal query read as ``SearchFolding`` reads the text, or
/// a regular expression (a query opening with `\v`, as vim's "very magic").
///
/// Both have smart case: a query in lower case ignores case, one with a capital letter
/// matches case exactly.
public struct TextSearch: Hashable, Sendable {
    /// Why a query cannot be searched for.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong, for the status line (`bad pattern: …`).
        public let description: String
    }

    /// The prefix that makes a query a regular expression.
    public static let regexPrefix = "\\v"

    /// The query as typed.
    public let query: String
    /// Whether matching ignores case.
    public let ignoresCase: Bool
    /// Whether the query is a regular expression.
    public let isRegex: Bool
    /// Whether accents must match (the query has some).
    let keepsAccents: Bool
    /// The folded query, lower-cased when case is ignored (literal queries).
    let pattern: [UInt32]

    /// Prepares a search for `query`; throws for a regular expression that does not compile.
    public init(_ query: String) throws(Problem) {
        self.query = query
        let ignoresCase = !query.unicodeScalars.contains { $0.properties.isUppercase }
        let keepsAccents = SearchFolding.hasAccents(query)
        self.ignoresCase = ignoresCase
        self.keepsAccents = keepsAccents
        isRegex = query.hasPrefix(Self.regexPrefix)
        if isRegex {
            pattern = []
            do {
                _ = try Regex(String(query.dropFirst(Self.regexPrefix.count)))
            } catch {
                throw Problem(description: "bad pattern: \(error)")
            }
        } else {
            let folded = query.unicodeScalars.flatMap { SearchFolding.fold($0, keepingAccents: keepsAccents) }
            pattern = folded.map { ignoresCase ? $0.lowercasedScalar.value : $0.value }
        }
    }

    /// The regular expression, compiled (`init` checked that it compiles), with `^` and `$`
    /// matching at the start and end of each line, as in vim and less.
    var regex: Regex<AnyRegexOutput>? {
        guard isRegex, let compiled = try? Regex(String(query.dropFirst(Self.regexPrefix.count))) else { return nil }
        return compiled.matchingSemantics(.unicodeScalar).ignoresCase(ignoresCase).anchorsMatchLineEndings()
    }
}
