/// `interpretation of his actions, said Michael Kofman, …`: an inverted attribution later
/// in the sentence, after a comma. Only verbs whose subject can follow them count: after
/// `told` comes the listener (`, told CBS News`).
struct InvertedAfterCommaSieve: QuoteSieve {
    let name = "inverted-after-comma"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let tail = quotation.tail
        guard let comma = tail.indices.first(where: {
            tail[$0].text == "," && $0 + 1 < tail.count && WordLists.isInvertible(tail[$0 + 1])
        }), let phrase = NounPhrase.leading(tail[(comma + 2)...]), let first = phrase.first,
            first.isCapitalized || ["the", "a", "an", "one", "another", "former"].contains(first.lowercased)
        else { return nil }
        return quotation.found(SpeakerCue(speaker: Array(phrase), cue: tail[comma + 1].text))
    }
}
