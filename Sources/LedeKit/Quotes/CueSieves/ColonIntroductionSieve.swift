/// `Sanders delivered a snappy retort: “…”`: a quotation introduced by a colon belongs to
/// the subject of the sentence that introduces it.
///
/// A comma does the same after a verb in the past (`Hillary Clinton cracked, “…”`).
struct ColonIntroductionSieve: QuoteSieve {
    let name = "colon-introduction"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let before = quotation.before
        guard let last = before.last else { return nil }
        if last.text == ":" { return quotation.found(SentenceSubjectSieve.speaker(before: before)) }
        guard last.text == ",", before.count >= 2, NounPhrase.looksLikeFiniteVerb(before[before.count - 2]) else { return nil }
        return quotation.found(SentenceSubjectSieve.speaker(before: before))
    }
}
