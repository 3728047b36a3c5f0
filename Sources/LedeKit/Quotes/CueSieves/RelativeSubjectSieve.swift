/// `Ivanka Trump, who portrayed him as “the people’s champion”`: a partial quotation in a
/// relative clause about a named person belongs to its `who`.
struct RelativeSubjectSieve: QuoteSieve {
    let name = "relative-subject"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let before = quotation.before
        guard let lastBreak = before.lastIndex(where: CueGrammar.isClauseBreak), before[lastBreak].lowercased == "who",
            lastBreak >= 2, before[lastBreak - 1].text == ",", before[lastBreak - 2].isCapitalized, lastBreak + 1 < before.count, case let next = before[lastBreak + 1], !next.isCapitalized,
            NounPhrase.looksLikeFiniteVerb(next) || WordLists.auxiliaries.contains(next)
                || NounPhrase.isAdverb(next) || (next.lowercased.hasSuffix("s") && !next.lowercased.hasSuffix("ss"))
        else { return nil }
        return quotation.found(SpeakerCue(speaker: [before[lastBreak]], cue: next.text))
    }
}
