/// `Rubio offered a defense of the “Gang of Eight” bill`: quoted words used without a speech
/// verb belong to the subject of the sentence (a name or a pronoun). The cue is the verb after
/// it.
struct SentenceSubjectSieve: QuoteSieve {
    let name = "sentence-subject"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        quotation.found(Self.speaker(before: quotation.before))
    }

    /// The named subject of the clause, or else of the sentence, in `before`.
    static func speaker(before: [Token]) -> SpeakerCue? {
        // A headline's label (`The Latest:`) is no subject.
        if let label = HeadlineSpeakerSieve.label(in: before) { return speaker(before: Array(before[(label + 1)...])) }
        // The subject of the clause holding the quotation comes first (`…, and though the
        // group America’s Renewable Future is “confident …”`).
        // A `that` clause is what someone reported, so its subject is not the speaker.
        if let lastBreak = before.lastIndex(where: CueGrammar.isClauseBreak), lastBreak + 1 < before.count,
            before[lastBreak].lowercased != "that",
            let phrase = NounPhrase.subject(before[(lastBreak + 1)...]), phrase.endIndex < before.endIndex,
            phrase.contains(where: { $0.isCapitalized || WordLists.pronouns.contains($0.lowercased) }),
            NounPhrase.isFollowedByVerb(phrase, in: before[...])
        {
            return SpeakerCue(speaker: Array(phrase), cue: before[phrase.endIndex].text)
        }
        guard let phrase = NounPhrase.subject(before[...]), phrase.endIndex < before.endIndex,
            phrase.contains(where: { $0.isCapitalized || WordLists.pronouns.contains($0.lowercased) }),
            let next = before[phrase.endIndex...].first(where: { !WordLists.phraseBreakers.contains($0.lowercased) })
        else { return nil }
        // The cue is what follows the subject: its verb, or the colon of a headline
        // (`Trump: Cruz Has ‘To Come a Long Way’`).
        return SpeakerCue(speaker: Array(phrase), cue: next.text)
    }
}
