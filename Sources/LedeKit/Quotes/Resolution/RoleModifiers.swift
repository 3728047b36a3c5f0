/// The capitalised words that say whose a role is (`French` in `the French foreign ministry`,
/// `Russia` in `Russia’s foreign ministry`), so that a role is not taken for an earlier one of
/// another country, party or body.
struct RoleModifiers: Sendable {
    /// The modifiers, possessive endings removed, in text order.
    let words: [String]

    /// The modifiers of `phrase`: its capitalised words before the lower-case role words that
    /// end it, determiners left out.
    init(phrase: String) {
        let parts = phrase.split(separator: " ").map(String.init)
        let roleStart = parts.lastIndex { $0.first?.isUppercase ?? false }.map { $0 + 1 } ?? 0
        words = parts[..<roleStart].compactMap { part in
            let word = Self.withoutPossessive(part)
            guard let first = word.first, first.isUppercase, !WordLists.determiners.contains(word.lowercased()) else { return nil }
            return word
        }
    }

    /// Whether the two phrases name their roles for different owners: both carry modifiers,
    /// they share none, and the actor lexicon does not place them on the same side
    /// (`Russian` and `Russia’s` agree).
    func conflicts(with other: RoleModifiers, matcher: MentionMatcher) -> Bool {
        guard !words.isEmpty, !other.words.isEmpty, Set(words).isDisjoint(with: other.words) else { return false }
        let mine = Set(words.compactMap { matcher.placement(of: $0) })
        let theirs = Set(other.words.compactMap { matcher.placement(of: $0) })
        return mine.isEmpty || theirs.isEmpty || mine.isDisjoint(with: theirs)
    }

    /// `word` without a trailing `'s`, `’s` or `’`.
    private static func withoutPossessive(_ word: String) -> String {
        for ending in ["'s", "’s", "’", "'"] where word.hasSuffix(ending) { return String(word.dropLast(ending.count)) }
        return word
    }
}
