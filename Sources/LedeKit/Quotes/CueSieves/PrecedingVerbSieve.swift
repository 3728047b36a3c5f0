/// The nearest speech verb before the quotation, with its subject.
///
/// The subject is the phrase just before the verb; else, for a verb sharing its subject
/// (`said …, adding “…”`), the subject of an earlier speech verb of the sentence, or the
/// sentence's own subject; else the phrase right after the verb (`“…,” said X. …, said X,
/// “…”`).
struct PrecedingVerbSieve: QuoteSieve {
    let name = "preceding-verb"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        quotation.found(Self.speaker(before: quotation.before))
    }

    /// The speaker of the nearest speech verb in `before`.
    static func speaker(before: [Token]) -> SpeakerCue? {
        let clause = CueGrammar.clause(before)
        // With no cue since the last quotation, the cue may stand before it (`said he would
        // counter “…” and “…”`).
        let hasCue = clause.indices.contains { CueGrammar.isCue(clause[...], at: $0) }
        let current = hasCue ? clause : before
        guard let verbIndex = current.indices.last(where: { CueGrammar.isCue(current[...], at: $0) })
        else { return nil }
        let verb = current[verbIndex]
        if let phrase = CueGrammar.subject(of: verbIndex, in: current) {
            return SpeakerCue(speaker: Array(phrase), cue: verb.text)
        }
        let sentenceVerb = before.count - current.count + verbIndex
        for earlier in stride(from: sentenceVerb - 1, through: 0, by: -1)
        where CueGrammar.isCue(before[...], at: earlier) {
            if let phrase = CueGrammar.subject(of: earlier, in: before) {
                return SpeakerCue(speaker: Array(phrase), cue: verb.text)
            }
            // `“…,” said Rep. Bobby Scott, adding that “…”`.
            if WordLists.isInvertible(before[earlier]), earlier > 0,
                before[earlier - 1].text == "," || before[earlier - 1].isDoubleQuotationMark,
                let phrase = NounPhrase.leading(before[(earlier + 1)...]), phrase.contains(where: \.isCapitalized)
            {
                return SpeakerCue(speaker: Array(phrase), cue: verb.text)
            }
        }
        if let phrase = CueGrammar.nearestClauseSubject(before: sentenceVerb, in: before) ?? NounPhrase.subject(before[...]) {
            return SpeakerCue(speaker: Array(phrase), cue: verb.text)
        }
        if WordLists.isInvertible(verb),
            let phrase = NounPhrase.leading(current[(verbIndex + 1)...]), phrase.contains(where: { $0.isCapitalized })
        {
            return SpeakerCue(speaker: Array(phrase), cue: verb.text)
        }
        return nil
    }
}
