/// Works out who a speaker phrase refers to, and which actor they belong with, by trying the
/// ``ResolutionSieveOrder`` sieves in turn.
struct SpeakerResolver: Sendable {
    /// The matcher that places people and phrases with actors.
    let matcher: MentionMatcher
    /// The people the article names.
    let names: PersonNames

    /// A resolved speaker.
    struct Resolution: Hashable, Sendable {
        /// Who the phrase refers to.
        var name: String
        /// The actor they belong with, if any.
        var actorID: String?
    }

    /// The attribution for a speaker found in `sentence` by the quote sieve named `sieve`:
    /// the words as written, who they refer to, and which sieves decided.
    func attribution(
        _ found: SpeakerCue, sentence: [Token], in article: Article, earlier: AttributionHistory, sieve: String
    ) -> Attribution {
        let mention = SpeakerMention(phrase: found.speaker, sentence: sentence, history: earlier, resolver: self)
        let (resolution, resolvedBy) = resolve(mention)
        return Attribution(
            speaker: article[found.speakerRange], speakerRange: found.speakerRange, speakerName: resolution.name,
            actorID: resolution.actorID, cue: found.cue, continuesPrevious: false, sieve: sieve, resolution: resolvedBy)
    }

    /// Who `mention` refers to, and the name of the sieve that decided.
    func resolve(_ mention: SpeakerMention) -> (Resolution, sieve: String) {
        for sieve in ResolutionSieveOrder.sieves {
            if let resolution = sieve.resolve(mention) { return (resolution, sieve.name) }
        }
        preconditionFailure("AsWrittenSieve resolves every phrase")
    }

    /// A person's name in the phrase: the last run of two or more capitalised words after
    /// titles are dropped, or a lone capitalised word that the article writes out in full
    /// (the person a title's gender and the sentences before the phrase single out when people
    /// share the surname, ``PersonNames/fullName(forSurname:at:gender:)``), or, untitled, a
    /// given name that one person of the article has (``PersonNames/fullName(forGivenName:)``).
    func personName(in words: [Token]) -> String? {
        var index = 0
        var best: String?
        while index < words.count {
            guard let run = PersonNames.nameRun(in: words, from: index) else {
                index += 1
                continue
            }
            if Self.namesAnother(words, run) {
                index = run.upperBound
                continue
            }
            let nameTokens = PersonNames.nameWords(words[run])
            if nameTokens.count >= 2, !PersonNames.isPossessive(nameTokens.last!) {
                best = nameTokens.map(\.text).joined(separator: " ")
            } else if nameTokens.count == 1, run.count == words.count || words.count - run.count <= 1,
                !PersonNames.isPossessive(nameTokens.first!),
                let full = names.fullName(
                    forSurname: nameTokens.first!.text, at: nameTokens.first!.range.lowerBound,
                    gender: Self.gender(ofTitles: words[run.lowerBound..<nameTokens.startIndex]))
                    ?? (nameTokens.startIndex == run.lowerBound ? names.fullName(forGivenName: nameTokens.first!.text) : nil)
            {
                best = full
            } else if nameTokens.count == 1, words.count == 1, matcher.placement(of: nameTokens.first!.text) == nil
                || names.fullName(forSurname: nameTokens.first!.text) != nil
            {
                best = nameTokens.first!.text
            }
            index = run.upperBound
        }
        return best
    }

    /// Whether the name `words[run]` inside a speaker phrase names someone or something the
    /// speaker is described by, not the speaker: whom they work for, after `for`, `to`, `at`
    /// or `with` following a lower-case noun (`A spokesman for Hillary Clinton`, `an aide to
    /// Sen. Udall`, `a representative for the Ana Ruiz brand`; `a letter from` and `a statement
    /// by` name who wrote it), or a noun it describes, between a determiner and that noun (`a
    /// former Secret Service agent`, `an Abraham Lincoln impersonator`).
    private static func namesAnother(_ words: [Token], _ run: Range<Int>) -> Bool {
        let before = run.lowerBound - (run.lowerBound >= 1 && ["the", "a", "an"].contains(words[run.lowerBound - 1].lowercased) ? 2 : 1)
        if before >= 1, ["for", "to", "at", "with"].contains(words[before].lowercased),
            case let noun = words[before - 1], noun.kind == .word, !noun.isCapitalized, !WordLists.determiners.contains(noun)
        {
            return true
        }
        guard run.upperBound < words.count, case let next = words[run.upperBound], next.kind == .word, !next.isCapitalized,
            !WordLists.phraseBreakers.contains(next), !WordLists.openingPrepositions.contains(next)
        else { return false }
        let opener = WordLists.determiners.contains(words[run.lowerBound]) ? words[run.lowerBound]
            : words[..<run.lowerBound].last { $0.isCapitalized || WordLists.determiners.contains($0) }
        return opener.map { WordLists.determiners.contains($0) } ?? false
    }

    /// The gender titles before a name give (`Mrs.`), when they agree on one.
    private static func gender(ofTitles titles: ArraySlice<Token>) -> Gender? {
        let found = GenderLexicon.bundled.genders(of: titles)
        return found.count == 1 ? found.first : nil
    }
}
