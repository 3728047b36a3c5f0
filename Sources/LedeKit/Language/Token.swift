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
    /// The token's text.
    public var text: String
    /// Unicode scalar offsets of the token in the text it came from.
    public var range: Range<Int>

    /// Creates a token.
    public init(kind: Kind, text: String, range: Range<Int>) {
        self.kind = kind
        self.text = text
        self.range = range
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

    /// The token's text in lower case.
    public var lowercased: String { text.lowercased() }
}
