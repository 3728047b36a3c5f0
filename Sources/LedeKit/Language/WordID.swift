/// A word of the word lists (``WordRegistry``) by number, found with one look-up of the word
/// when a token is made: asking whether a token is in a list (``WordSet``) then tests a bit
/// instead of hashing the token's text again for every list and every rule that asks.
struct WordID: Hashable, Sendable {
    /// The word's number: its place in ``WordRegistry/ids``, from 1.
    let rawValue: UInt32

    /// The number of every word that no list holds.
    static let unlisted = WordID(rawValue: 0)

    /// The id of `word`, in lower case: ``unlisted`` for a word no list holds.
    static func of(_ word: String) -> WordID {
        WordRegistry.ids[word] ?? .unlisted
    }
}
