/// `“…,” the official said` / `, he told reporters` / `, Sam Nunberg, a former aide, said`:
/// a speaker and a speech verb right after the quotation.
struct SubjectThenVerbSieve: QuoteSieve {
    let name = "subject-then-verb"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        quotation.found(Self.speaker(after: quotation.tail))
    }

    /// The speaker before the first speech verb of `tail`.
    static func speaker(after tail: [Token]) -> SpeakerCue? {
        // A bracketed aside is no part of the speaker's name: `Rep. Jim McDermott (D-Wash.) said`.
        var depth = 0
        let window = ArraySlice(tail.prefix(30).filter { token in
            if token.text == "(" { depth += 1 } else if token.text == ")" { depth -= 1; return false }
            return depth == 0
        })
        // Right after a quotation, a word like `states` or `notes` is the verb.
        guard let verbIndex = window.indices.first(where: {
            CueGrammar.isCue(window, at: $0) || WordLists.speechVerbsAlsoNouns.contains(window[$0])
        }),
            verbIndex > window.startIndex
        else { return nil }
        var start = window.startIndex
        while start < verbIndex, window[start].kind == .punctuation { start += 1 }
        let candidate = window[start..<verbIndex]
        let breaks = candidate.indices.filter { [",", ";", ":", "—", "–", "(", ")"].contains(candidate[$0].text) || candidate[$0].isDoubleQuotationMark }
        if breaks.isEmpty {
            // The whole run before the verb is the speaker (`a welcome message on the website
            // reads`), unless a verb or a pronoun's predicate shows it is a clause of its own
            // (`She followed that by saying`).
            guard let first = candidate.first else { return nil }
            let isClause = NounPhrase.holdsVerb(candidate, after: candidate.startIndex)
                || (WordLists.pronouns.contains(first)
                    && !candidate.dropFirst().allSatisfy { WordLists.phraseBreakers.contains($0) || NounPhrase.isAdverb($0) })
            if isClause {
                // `“…,” a statement released by the campaign said`, `the order issued Friday
                // says`: a reduced relative clause after the subject is part of it.
                guard let forward = NounPhrase.leading(candidate),
                    let phrase = CueGrammar.withParticiple(forward, before: verbIndex, in: Array(window))
                else { return nil }
                return SpeakerCue(speaker: Array(phrase), cue: window[verbIndex].text)
            }
            guard let phrase = NounPhrase.cleaned(candidate), phrase.endIndex >= verbIndex - 2 else { return nil }
            return SpeakerCue(speaker: Array(phrase), cue: window[verbIndex].text)
        }
        // A pronoun, name or short description right before the verb, after an aside:
        // `“…” before the incident, she said.`, `“…” are sickening, Hollande said`, `…,
        // Republican candidate Ben Carson said`, `…, the groups say`.
        let lastSegment = candidate[(breaks.last! + 1)...]
        if let phrase = NounPhrase.cleaned(lastSegment), phrase.count == lastSegment.count,
            !NounPhrase.holdsVerb(phrase),
            (phrase.count == 1 && WordLists.pronouns.contains(phrase[phrase.startIndex]))
                || (phrase.count <= 8 && phrase.last!.isCapitalized && phrase.first!.isCapitalized)
                || (phrase.count <= 4 && ["the", "a", "an"].contains(phrase.first!.lowercased))
        {
            return SpeakerCue(speaker: Array(phrase), cue: window[verbIndex].text)
        }
        // A name and a relative clause that runs to the cue: `Katie Packer, who is chairman
        // of the group said`.
        if breaks.count == 1, candidate[breaks[0]].text == ",", breaks[0] + 1 < verbIndex,
            candidate[breaks[0] + 1].lowercased == "who",
            let phrase = NounPhrase.cleaned(candidate[start..<breaks[0]]), phrase.contains(where: \.isCapitalized)
        {
            return SpeakerCue(speaker: Array(phrase), cue: window[verbIndex].text)
        }
        // A name with an appositive between commas: `Sam Nunberg, a former Trump aide, said`.
        guard candidate[breaks[0]].text == ",", candidate[breaks.last!].text == ",", breaks.last! == verbIndex - 1
            || (breaks.last! < verbIndex - 1 && candidate[(breaks.last! + 1)..<verbIndex].allSatisfy { !$0.isCapitalized }
                && verbIndex - breaks.last! <= 3),
            let phrase = NounPhrase.cleaned(candidate[start..<breaks[0]]), phrase.count <= 8,
            phrase.contains(where: { $0.isCapitalized }) || WordLists.determiners.contains(phrase[phrase.startIndex])
        else { return nil }
        return SpeakerCue(speaker: Array(NounPhrase.nameInApposition(after: phrase, in: candidate) ?? phrase), cue: window[verbIndex].text)
    }
}
