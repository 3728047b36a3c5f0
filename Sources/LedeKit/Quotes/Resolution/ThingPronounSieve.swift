/// `it` refers to the latest quotation's speaker when that is a document, publication or
/// organisation described in lower case (`“…,” the report said. “…,” it added.` → `the
/// report`; `speakingThings` in `words.toml`): the thing that spoke last. Anything else
/// leaves `it` as written.
struct ThingPronounSieve: ResolutionSieve {
    let name = "thing-pronoun"

    /// Reads the quotations before it for the phrases it resolves.
    func readsContext(of mention: SpeakerMention) -> Bool {
        let words = mention.words
        return words.count == 1 && words[0].lowercased == "it"
    }

    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution? {
        let words = mention.words
        guard words.count == 1, words[0].lowercased == "it", let last = mention.history.last,
            let head = Self.head(of: last.speakerName), WordLists.speakingThings.contains(head)
        else { return nil }
        return SpeakerResolver.Resolution(name: last.speakerName, actorID: last.actorID)
    }

    /// The head noun of a description in lower case: its last word before a preposition
    /// (`a POLITICO analysis of the data` → `analysis`); `nil` for a name or a pronoun.
    static func head(of description: String) -> String? {
        let words = description.split(separator: " ")
        guard let first = words.first, first.first?.isLowercase == true || WordLists.determiners.contains(first.lowercased()),
            let head = words.prefix(while: { !WordLists.titleSmallWords.contains($0.lowercased()) || $0 == first }).last,
            head.first?.isLowercase == true
        else { return nil }
        return String(head)
    }
}
