/// `The ad targets a “corrupt political system”`: a partial quotation with no speech verb
/// belongs to the subject of its sentence, even when no capital names it.
struct DescribedSubjectSieve: QuoteSieve {
    let name = "described-subject"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let before = quotation.before
        guard let phrase = NounPhrase.subject(before[...]), phrase.endIndex < before.endIndex,
            NounPhrase.isFollowedByVerb(phrase, in: before[...])
        else { return nil }
        return quotation.found(SpeakerCue(speaker: Array(phrase), cue: before[phrase.endIndex].text))
    }
}
