/// A word or a punctuation mark in a text, with where it stands.
public struct Token: Hashable, Sendable {
    /// What kind of token this is.
    public enum Kind: Hashable, Sendable {
        /// Letters and digits, with inner apostrophes, hyphens and dots (`don’t`, `al-Assad`, `U.S.`).
        case word
        /// One punctuation mark or symbol.
        case punctuation
    }

    /// The token's kind.
    public var kind: Kind
    /// The id of ``lowercased`` among the words of the word lists, found once: a rule asks a
    /// ``WordSet`` about a token without hashing its text. (Declared beside `kind`, it takes
    /// room the token had spare.)
    private(set) var wordID: WordID
    /// The token's text.
    public var text: String {
        didSet {
            lowercased = Self.lowercase(text)
            wordID = .of(lowercased)
        }
    }
    /// Unicode scalar offsets of the token in the text it came from.
    public var range: Range<Int>
    /// The token's text in lower case, made once: the sieves compare words in lower case
    /// many times over.
    public private(set) var lowercased: String

    /// Creates a token.
    public init(kind: Kind, text: String, range: Range<Int>) {
        self.kind = kind
        self.text = text
        self.range = range
        lowercased = Self.lowercase(text)
        wordID = .of(lowercased)
    }

    /// Whether the token is a word whose first letter is upper case.
    public var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return first.isUppercaseLetter
    }

    /// Whether the token is a double quotation mark: `“`, `”`, `"`, `«`, `»`, `„`, or a
    /// doubled single mark (`''`, `‘‘`, `’’`, ``` `` ```).
    public var isDoubleQuotationMark: Bool {
        kind == .punctuation && (text.unicodeScalars.first!.isDoubleQuoteMark || ["''", "‘‘", "’’", "``"].contains(text))
    }

    public static func == (a: Token, b: Token) -> Bool {
        a.kind == b.kind && a.text == b.text && a.range == b.range
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(text)
        hasher.combine(range)
    }

    /// `text.lowercased()`; text without capitals in ASCII is its own lower case.
    private static func lowercase(_ text: String) -> String {
        let utf8 = text.utf8
        let hasCapitalOrNonASCII = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 >= 0x80 || (0x41...0x5A).contains($0) }
        } ?? true
        return hasCapitalOrNonASCII ? text.lowercased() : text
    }
}
