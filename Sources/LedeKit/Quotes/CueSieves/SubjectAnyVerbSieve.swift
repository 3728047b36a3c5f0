/// `“…,” Trump shot back.` / `“…?” Trump went on, …`: right after a full quotation, a short
/// subject and a verb in the past that close the clause attribute it, whatever the verb.
struct SubjectAnyVerbSieve: QuoteSieve {
    let name = "subject-any-verb"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let tail = quotation.tail
        var start = tail.startIndex
        while start < tail.endIndex, tail[start].kind == .punctuation, tail[start].text == "," { start += 1 }
        guard let phrase = NounPhrase.leading(tail[start...]), phrase.count <= 4,
            phrase.contains(where: { $0.isCapitalized || WordLists.pronouns.contains($0) }),
            phrase.endIndex < tail.endIndex, NounPhrase.looksLikeFiniteVerb(tail[phrase.endIndex])
        else { return nil }
        let rest = tail[(phrase.endIndex + 1)...].prefix { $0.kind == .word }
        guard rest.count <= 1, rest.allSatisfy({ WordLists.verbParticles.contains($0) }) else { return nil }
        return quotation.found(SpeakerCue(speaker: Array(phrase), cue: tail[phrase.endIndex].text))
    }
}
