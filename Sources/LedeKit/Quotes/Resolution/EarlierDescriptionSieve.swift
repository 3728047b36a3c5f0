/// `the official` with no earlier speaker so described refers to the latest indefinite
/// description with the same head noun in the text before it (`a senior border official`),
/// unless the two are said to belong to different owners (``RoleModifiers``); to the person
/// it describes when the article names them beside it (`Marc Tremblay, a spokesperson for
/// the minister,` for `the spokesperson`).
struct EarlierDescriptionSieve: ResolutionSieve {
    let name = "earlier-description"

    /// Reads only the phrase and the article.
    func readsContext(of mention: SpeakerMention) -> Bool { false }

    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution? {
        guard mention.isDefinite, let head = mention.role.last,
            let description = mention.resolver.names.description(withHead: head, before: mention.phrase[0].range.lowerBound),
            !RoleModifiers(phrase: mention.text).conflicts(with: RoleModifiers(phrase: description.text), matcher: mention.resolver.matcher)
        else { return nil }
        return SpeakerResolver.Resolution(
            name: description.holder ?? description.text, actorID: mention.ownActor ?? mention.resolver.matcher.placement(of: description.text))
    }
}
