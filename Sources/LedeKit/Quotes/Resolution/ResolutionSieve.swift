/// One named rule that works out who a speaker phrase refers to (`she` → `Nicole Hargrove`,
/// `the official` → `A Syrian military official`): the second stage of attribution, after a
/// ``QuoteSieve`` has found the phrase.
protocol ResolutionSieve: Sendable {
    /// The sieve's name, as `lede analyze --explain` and the evaluation print it.
    var name: String { get }

    /// Who `mention` refers to, or `nil` when the sieve does not apply.
    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution?
}

/// A speaker phrase as the resolution sieves see it.
struct SpeakerMention: Sendable {
    /// The phrase's tokens.
    let phrase: [Token]
    /// The tokens of the sentence it was found in.
    let sentence: [Token]
    /// The attributed quotations before it.
    let history: AttributionHistory
    /// The resolver, for the article's names and the actor lexicon.
    let resolver: SpeakerResolver

    /// The phrase as written, tokens joined by spaces.
    var text: String { phrase.map(\.text).joined(separator: " ") }
    /// The phrase's words, punctuation left out.
    var words: [Token] { phrase.filter { $0.kind == .word } }
    /// The actor the phrase itself names, if any (`Russia’s foreign minister`).
    var ownActor: String? { resolver.matcher.placement(of: text) }
    /// The first word in lower case (`the`, `a`).
    var determiner: String? { words.first?.lowercased }
    /// The lower-case role words ending the phrase (`foreign minister`, `secretary of state`).
    var role: [String] {
        Array(words.reversed().prefix { !$0.isCapitalized && !WordLists.determiners.contains($0.lowercased) }
            .reversed().map(\.lowercased))
    }
    /// Whether the phrase is a definite description (`the official`, `this senator`).
    var isDefinite: Bool { ["the", "this", "that"].contains(determiner ?? "") }
}
