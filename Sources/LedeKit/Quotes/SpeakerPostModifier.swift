/// The words after a speaker phrase that still belong to its noun phrase: a chain of
/// prepositional phrases (`a longtime adviser to the mayor`, `one person with knowledge of
/// the plan`, `a person close to the family`), as a reader would name the source in full.
///
/// The sieves read a speaker's phrase up to its head, which is what resolution needs; the
/// phrase shown as the speaker's words then takes its post-modifier back.
enum SpeakerPostModifier {
    /// `attribution` with its speaker phrase taken to the end of its post-modifier in
    /// `article`, when the phrase ends in a common noun (`a person close to the family`) or
    /// resolution kept it as written; the resolved name stays as it was.
    static func whole(_ attribution: Attribution, in article: Article) -> Attribution {
        guard let range = attribution.speakerRange, let paragraph = article.paragraphIndex(containing: range.lowerBound)
        else { return attribution }
        let phrase = Tokenizer.tokens(in: article.scalars, range: range)
        guard let last = phrase.last(where: { $0.kind == .word }), !WordLists.pronouns.contains(last),
            !last.isCapitalized || attribution.resolution == AsWrittenSieve().name
        else { return attribution }
        let end = min(article.paragraphs[paragraph].range.upperBound, range.upperBound + 160)
        guard end > range.upperBound else { return attribution }
        let after = Tokenizer.tokens(in: article.scalars, range: range.upperBound..<end)
        let count = length(of: after[...])
        guard count > 0 else { return attribution }
        var whole = attribution
        let extended = range.lowerBound..<after[count - 1].range.upperBound
        whole.speakerRange = extended
        whole.speaker = article[extended]
        return whole
    }

    /// How many of `tokens`, the tokens right after a speaker phrase, belong to the phrase as
    /// its post-modifier: up to three prepositional phrases, none of them only a time
    /// (`on Tuesday`); 0 when none follows.
    static func length(of tokens: ArraySlice<Token>) -> Int {
        var kept = tokens.startIndex
        for _ in 0..<3 {
            guard let end = prepositionalPhrase(in: tokens[kept...]) else { break }
            kept = end
        }
        return kept - tokens.startIndex
    }

    /// The end of the prepositional phrase that opens `tokens` (`to the mayor`, `close to
    /// the family`), if one does.
    private static func prepositionalPhrase(in tokens: ArraySlice<Token>) -> Int? {
        var index = tokens.startIndex
        guard index < tokens.endIndex else { return nil }
        if WordLists.postModifierAdjectives.contains(tokens[index]), !tokens[index].isCapitalized {
            index += 1
        }
        guard index < tokens.endIndex, tokens[index].kind == .word, !tokens[index].isCapitalized,
            WordLists.postModifierPrepositions.contains(tokens[index])
        else { return nil }
        // `to` before a bare verb is an infinitive (`expected to be`), not a phrase.
        if tokens[index].lowercased == "to", index + 1 < tokens.endIndex, case let next = tokens[index + 1],
            !next.isCapitalized, !WordLists.determiners.contains(next),
            !WordLists.possessivePronouns.contains(next), !WordLists.quantifiersForPeople.contains(next)
        {
            return nil
        }
        index += 1
        var lastWord: Int?
        while index < tokens.endIndex, index - tokens.startIndex <= 12 {
            let token = tokens[index]
            if token.kind != .word {
                guard NounPhrase.joinsWords(token) else { break }
                index += 1
                continue
            }
            // `in recent weeks`, `on Tuesday`: a time, not part of the phrase.
            if WordLists.timeWords.contains(token) { return nil }
            if endsObject(token, after: tokens[index - 1], hasWords: lastWord != nil) { break }
            if !WordLists.determiners.contains(token) { lastWord = index }
            index += 1
        }
        // The object ends on a word, not a determiner.
        return lastWord.map { $0 + 1 }
    }

    /// Whether `token` cannot belong to the object of a post-modifier: a verb, an auxiliary,
    /// a word that opens a clause or another phrase, a word of time (`last year`), or a
    /// present-tense verb after a lower-case noun (`the report makes`; not `the council’s
    /// plans`).
    private static func endsObject(_ token: Token, after previous: Token, hasWords: Bool) -> Bool {
        let word = token.lowercased
        if token.isCapitalized { return false }
        if WordLists.timeModifiers.contains(word) { return true }
        if WordLists.phraseBreakers.contains(word) || WordLists.speechVerbs.contains(word)
            || WordLists.auxiliaries.contains(word) || NounPhrase.looksLikeFiniteVerb(token)
        {
            return true
        }
        return hasWords && word.hasSuffix("s") && !word.hasSuffix("ss") && word.count > 3 && previous.kind == .word
            && !previous.isCapitalized && !WordLists.determiners.contains(previous)
            && previous.lowercased != "of" && !PersonNames.isPossessive(previous)
    }
}
