/// `his call for “…”`, `Trump’s recent assertion that “…”`: the owner of a speech noun just
/// before the quotation is its speaker. Up to three modifiers may stand between the owner and
/// the noun, and a linking word between the noun and the quotation — or a linking word and
/// the rest of the noun's complement, when no punctuation breaks it (`her pledge to be
/// “fair”`, `his claim that the mayor “lied”`): the quoted words finish what the owner said.
struct SpeechNounOwnerSieve: QuoteSieve {
    let name = "speech-noun-owner"

    /// The most words of a complement between the linking word and the quotation.
    static let complementWords = 8

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let before = quotation.before
        guard let index = Self.nearNoun(in: before) ?? Self.complementNoun(in: before) else { return nil }
        var owner = index - 1
        while owner >= 0, index - owner <= 3, before[owner].kind == .word,
            !PersonNames.isPossessive(before[owner]), !WordLists.possessivePronouns.contains(before[owner]),
            !WordLists.determiners.contains(before[owner]), !WordLists.phraseBreakers.contains(before[owner])
        {
            owner -= 1
        }
        guard owner >= 0 else { return nil }
        let token = before[owner]
        if WordLists.possessivePronouns.contains(token) {
            return quotation.found(SpeakerCue(speaker: [token], cue: before[index].text))
        }
        guard PersonNames.isPossessive(token), var phrase = NounPhrase.trailing(before[...owner]),
            phrase.contains(where: \.isCapitalized)
        else { return nil }
        // A named owner is the run of capitalised words ending in it, not the clause before
        // (`making an issue out of Donald Trump’s claim` → `Donald Trump`).
        if token.isCapitalized, let lower = phrase.lastIndex(where: { !$0.isCapitalized }) {
            phrase = phrase[(lower + 1)...]
        }
        // The speaker is the owner without the possessive ending (`Trump’s` → `Trump`).
        return quotation.found(SpeakerCue(speaker: PersonName.withoutPossessive(Array(phrase)), cue: before[index].text))
    }

    /// The index of a speech noun at most a linking word or a mark before the quotation.
    static func nearNoun(in before: [Token]) -> Int? {
        var index = before.count - 1
        while index >= 0, before.count - index <= 3, before[index].kind == .punctuation || WordLists.speechNounLinks.contains(before[index]) {
            index -= 1
        }
        return index > 0 && WordLists.speechNouns.contains(before[index]) ? index : nil
    }

    /// The index of a speech noun followed by a linking word and an unbroken run of at most
    /// ``complementWords`` words up to the quotation.
    static func complementNoun(in before: [Token]) -> Int? {
        var index = before.count - 1
        while index > 0, before.count - index <= complementWords + 1, before[index].kind == .word {
            if WordLists.speechNounLinks.contains(before[index]),
                WordLists.speechNouns.contains(before[index - 1])
            {
                return index - 1
            }
            index -= 1
        }
        return nil
    }
}
