/// A word list that a token answers from its ``WordID`` (one bit a word), and any other word
/// from the list's words.
struct WordSet: Sendable {
    /// The words, in lower case.
    let words: Set<String>
    /// One bit for each ``WordID``, set for the list's words.
    private let bits: [UInt64]

    /// The list ``WordRegistry`` registers as `name`.
    init(registered name: String) {
        guard let list = WordRegistry.lists.first(where: { $0.name == name }) else {
            preconditionFailure("no registered word list \(name)")
        }
        words = list.words
        var bits = [UInt64](repeating: 0, count: WordRegistry.ids.count / 64 + 1)
        for word in words {
            let id = Int(WordID.of(word).rawValue)
            bits[id >> 6] |= 1 << (id & 63)
        }
        self.bits = bits
    }

    /// Whether the list holds `word`, in lower case.
    func contains(_ word: String) -> Bool {
        words.contains(word)
    }

    /// Whether the list holds `token`'s word in lower case (``Token/lowercased``).
    func contains(_ token: Token) -> Bool {
        let id = Int(token.wordID.rawValue)
        return bits[id >> 6] & (1 << (id & 63)) != 0
    }
}
