/// Any other pronoun (`they`, `we`, or `he` with nobody before it) stands as written, with no
/// actor: a guess would be worse than the phrase.
struct PronounAsWrittenSieve: ResolutionSieve {
    let name = "pronoun-as-written"

    /// Reads only the phrase and the article.
    func readsContext(of mention: SpeakerMention) -> Bool { false }

    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution? {
        let words = mention.words
        guard words.count == 1, WordLists.pronouns.contains(words[0]) else { return nil }
        return SpeakerResolver.Resolution(name: mention.text, actorID: nil)
    }
}
