/// A phrase holding a person's name resolves to it, titles dropped (`President Barack Obama`
/// → `Barack Obama`), a lone surname written out in full (`Lavrov` → `Sergei Lavrov`).
struct PersonNameSieve: ResolutionSieve {
    let name = "person-name"

    /// Reads only the phrase and the article.
    func readsContext(of mention: SpeakerMention) -> Bool { false }

    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution? {
        guard let name = mention.resolver.personName(in: mention.words) else { return nil }
        return SpeakerResolver.Resolution(name: name, actorID: mention.ownActor ?? mention.resolver.matcher.placement(of: name))
    }
}
