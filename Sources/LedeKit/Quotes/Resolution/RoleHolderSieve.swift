/// `Russia’s foreign minister` refers to the person the article names with that role and a
/// matching actor (`Russian foreign minister Sergei Lavrov`), or to the only person it names
/// with that role. An indefinite role (`a diplomat`) is nobody in particular.
struct RoleHolderSieve: ResolutionSieve {
    let name = "role-holder"

    /// Reads only the phrase and the article.
    func readsContext(of mention: SpeakerMention) -> Bool { false }

    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution? {
        let role = mention.role
        guard !role.isEmpty, mention.determiner != "a", mention.determiner != "an" else { return nil }
        let matcher = mention.resolver.matcher
        let ownActor = mention.ownActor
        let candidates = mention.resolver.names.names(withRole: role)
        let placed = candidates.first { ownActor != nil && matcher.placement(of: $0.precedingText) == ownActor }
        guard let chosen = placed ?? (candidates.count == 1 ? candidates.first : nil) else { return nil }
        return SpeakerResolver.Resolution(name: chosen.name, actorID: ownActor ?? matcher.placement(of: chosen.precedingText + " " + chosen.name))
    }
}
