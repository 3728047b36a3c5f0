/// `“…,” said Andrew Tabler, a …` / `, says X`: a speech verb right after the quotation,
/// then its subject.
struct InvertedVerbSieve: QuoteSieve {
    let name = "inverted-verb"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        quotation.found(Self.speaker(after: quotation.tail))
    }

    /// The speaker of an inverted attribution opening `tail`.
    static func speaker(after tail: [Token]) -> SpeakerCue? {
        var rest = tail[...]
        while let first = rest.first, first.kind == .punctuation, first.text == "," || first.text == "\u{2014}" {
            rest = rest.dropFirst()
        }
        guard let verb = rest.first, verb.kind == .word, WordLists.isInvertible(verb),
            let phrase = NounPhrase.leading(rest.dropFirst()), let first = phrase.first,
            phrase.contains(where: \.isCapitalized) || ["the", "a", "an", "one", "another"].contains(first.lowercased),
            // `, said the candidate could win`: the phrase is the subject of what was said.
            !NounPhrase.isFollowedByVerb(phrase, in: rest, allowingAppositive: false)
        else { return nil }
        return SpeakerCue(speaker: Array(phrase), cue: verb.text)
    }
}
