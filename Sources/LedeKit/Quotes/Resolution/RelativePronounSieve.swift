/// `Mr. Scott, who has called …`: `who` stands for the phrase before it.
struct RelativePronounSieve: ResolutionSieve {
    let name = "relative-pronoun"

    /// Reads its sentence for the phrases it resolves.
    func readsContext(of mention: SpeakerMention) -> Bool {
        let words = mention.words
        return words.count == 1 && words[0].lowercased == "who"
    }

    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution? {
        let words = mention.words
        let sentence = mention.sentence
        guard words.count == 1, words[0].lowercased == "who", let index = sentence.firstIndex(of: words[0]) else { return nil }
        var end = index
        while end > 0, sentence[end - 1].text == "," { end -= 1 }
        guard let antecedent = NounPhrase.trailing(sentence[..<end]) else { return nil }
        let name = mention.resolver.personName(in: antecedent.filter { $0.kind == .word }) ?? antecedent.map(\.text).joined(separator: " ")
        return SpeakerResolver.Resolution(name: name, actorID: mention.resolver.matcher.placement(of: name))
    }
}
