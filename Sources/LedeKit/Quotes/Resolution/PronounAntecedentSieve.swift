/// `he`, `she`, `his`, `her` refer to the sentence's subject when that is a person named
/// before the pronoun (`Clinton said … what she called`), else to the person named last
/// before it, else to the latest speaker.
struct PronounAntecedentSieve: ResolutionSieve {
    let name = "pronoun-antecedent"

    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution? {
        let words = mention.words
        guard words.count == 1, ["he", "she", "his", "her"].contains(words[0].lowercased),
            let name = antecedent(of: words[0], in: mention) ?? mention.history.last?.speakerName
        else { return nil }
        return SpeakerResolver.Resolution(name: name, actorID: mention.resolver.matcher.placement(of: name))
    }

    /// The person a pronoun refers to, by its sentence or the names before it.
    private func antecedent(of pronoun: Token, in mention: SpeakerMention) -> String? {
        let names = mention.resolver.names
        // A lone plural (`Voters cheered his call`) is no person, unless the article names
        // someone so in full (`Sanders`).
        if let subject = NounPhrase.subject(mention.sentence[...]), let last = subject.last,
            last.range.upperBound <= pronoun.range.lowerBound,
            let name = mention.resolver.personName(in: subject.filter { $0.kind == .word }),
            name.contains(" ") || !name.hasSuffix("s") || names.fullName(forSurname: name) != nil
        {
            return name
        }
        return names.latestMention(before: pronoun.range.lowerBound)
    }
}
