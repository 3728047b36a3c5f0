/// One named rule that works out who a speaker phrase refers to (`she` → `Nicole Hargrove`,
/// `the official` → `A Syrian military official`): the second stage of attribution, after a
/// ``QuoteSieve`` has found the phrase.
protocol ResolutionSieve: Sendable {
    /// The sieve's name, as `lede analyze --explain` and the evaluation print it.
    var name: String { get }

    /// Who `mention` refers to, or `nil` when the sieve does not apply.
    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution?

    /// Whether the sieve may read more than the phrase and the article to resolve `mention`:
    /// the quotations before it (``SpeakerMention/history``) or its sentence. A phrase no
    /// sieve reads more for resolves alike wherever it is seen, so it is resolved once
    /// (``SpeakerPhrases``); a sieve that answers `false` must not read either.
    func readsContext(of mention: SpeakerMention) -> Bool
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

    /// The phrase as written: tokens apart in the text are joined by a space, tokens that
    /// touch are not (`the Nov. 8 vote`, `officials’ spokesman`).
    var text: String { Self.written(phrase[...]) }

    /// `tokens` as written: a space between tokens apart in the text, none between tokens
    /// that touch.
    static func written(_ tokens: ArraySlice<Token>) -> String {
        var written = ""
        for index in tokens.indices {
            if index > tokens.startIndex, tokens[index - 1].range.upperBound != tokens[index].range.lowerBound { written += " " }
            written += tokens[index].text
        }
        return written
    }

    /// The phrase without a reduced relative clause after its head noun (`a report issued
    /// last year` → `a report`): the name to show, the clause being what the speech verb's
    /// subject carried along.
    var withoutParticipleClause: String {
        let cut = phrase.indices.dropFirst().first { index in
            let head = phrase[index - 1]
            return head.kind == .word && !head.isCapitalized && !WordLists.determiners.contains(head)
                && NounPhrase.reducedRelativeParticiple(at: index, in: phrase[...]) != nil
        }
        return cut.map { Self.written(phrase[..<$0]) } ?? text
    }
    /// The phrase's words, punctuation left out.
    var words: [Token] { phrase.filter { $0.kind == .word } }
    /// The actor the phrase itself names, if any (`Russia’s foreign minister`).
    var ownActor: String? { resolver.matcher.placement(of: text) }
    /// The first word in lower case (`the`, `a`).
    var determiner: String? { words.first?.lowercased }
    /// The lower-case role words ending the phrase (`foreign minister`, `secretary of state`).
    var role: [String] {
        Array(words.reversed().prefix { !$0.isCapitalized && !WordLists.determiners.contains($0) }
            .reversed().map(\.lowercased))
    }
    /// Whether the phrase is a definite description (`the official`, `this senator`).
    var isDefinite: Bool { ["the", "this", "that"].contains(determiner ?? "") }
}
