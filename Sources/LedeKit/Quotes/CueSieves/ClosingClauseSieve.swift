/// `…, CNN reported.` / `…, Mr. Oppenheim noted.`: a last clause that is only a speaker
/// and a speech verb attributes the whole sentence.
struct ClosingClauseSieve: QuoteSieve {
    let name = "closing-clause"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let tail = quotation.tail
        guard let comma = tail.lastIndex(where: { $0.text == "," }) else { return nil }
        var clause = tail[(comma + 1)...]
        while let last = clause.last, last.kind == .punctuation { clause = clause.dropLast() }
        while let last = clause.last, WordLists.closingTimeWords.contains(last.lowercased) {
            clause = clause.dropLast()
        }
        guard let verb = clause.last, clause.count >= 2, clause.count <= 6,
            WordLists.speechVerbs.contains(verb.lowercased) || WordLists.speechVerbBases.contains(verb.lowercased),
            !verb.lowercased.hasSuffix("ing"),
            let phrase = NounPhrase.cleaned(clause.dropLast()), phrase.count == clause.count - 1,
            phrase.contains(where: { $0.isCapitalized || WordLists.pronouns.contains($0.lowercased) })
        else { return nil }
        return quotation.found(SpeakerCue(speaker: Array(phrase), cue: verb.text))
    }
}
