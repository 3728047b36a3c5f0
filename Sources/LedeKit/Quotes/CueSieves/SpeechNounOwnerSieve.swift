/// `his call for “…”`, `Trump’s recent assertion that “…”`: the owner of a speech noun just
/// before the quotation is its speaker. Up to three modifiers may stand between the owner and
/// the noun, and a linking word between the noun and the quotation.
struct SpeechNounOwnerSieve: QuoteSieve {
    let name = "speech-noun-owner"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let before = quotation.before
        var index = before.count - 1
        while index >= 0, before.count - index <= 3, before[index].kind == .punctuation || WordLists.speechNounLinks.contains(before[index].lowercased) {
            index -= 1
        }
        guard index > 0, WordLists.speechNouns.contains(before[index].lowercased) else { return nil }
        var owner = index - 1
        while owner >= 0, index - owner <= 3, before[owner].kind == .word,
            !PersonNames.isPossessive(before[owner]), !WordLists.possessivePronouns.contains(before[owner].lowercased),
            !WordLists.determiners.contains(before[owner].lowercased), !WordLists.phraseBreakers.contains(before[owner].lowercased)
        {
            owner -= 1
        }
        guard owner >= 0 else { return nil }
        let token = before[owner]
        if WordLists.possessivePronouns.contains(token.lowercased) {
            return quotation.found(SpeakerCue(speaker: [token], cue: before[index].text))
        }
        guard PersonNames.isPossessive(token), let phrase = NounPhrase.trailing(before[...owner]),
            phrase.contains(where: \.isCapitalized)
        else { return nil }
        // The speaker is the owner without the possessive ending (`Trump’s` → `Trump`).
        var speaker = Array(phrase)
        let last = speaker[speaker.count - 1]
        speaker[speaker.count - 1] = Token(kind: .word, text: String(last.text.dropLast(2)), range: last.range.lowerBound..<(last.range.upperBound - 2))
        return quotation.found(SpeakerCue(speaker: speaker, cue: before[index].text))
    }
}
