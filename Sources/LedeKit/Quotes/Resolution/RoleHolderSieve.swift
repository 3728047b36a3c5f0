/// `Russia’s foreign minister` refers to the person the article names with that role and a
/// matching actor (`Russian foreign minister Sergei Lavrov`), or to the only person it names
/// with that role, before the name or between commas beside it (`The town’s harbour master,
/// Tomas Reyes,`), or to the one of several holders named last before it. An indefinite role (`a
/// diplomat`) is nobody in particular.
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
        guard let chosen = placed ?? (candidates.count == 1 ? candidates.first : nil)
            ?? Self.latest(of: candidates, before: mention.phrase[0].range.lowerBound, names: mention.resolver.names)
        else { return nil }
        return SpeakerResolver.Resolution(name: chosen.name, actorID: ownActor ?? matcher.placement(of: chosen.precedingText + " " + chosen.name))
    }

    /// When several people hold the role, the one who is the last person the article named
    /// before `position` (`the harbour master` right after `Harbour master Ana Lind checked
    /// the buoys` is Ana Lind, though Tomas Reyes held the title earlier); `nil` when the last
    /// person named is none of them, or when all the holders are one person.
    private static func latest(of holders: [PersonNames.Occurrence], before position: Int, names: PersonNames) -> PersonNames.Occurrence? {
        let people = Set(holders.map(\.name))
        guard people.count >= 2, let last = names.mentions.last(where: { $0.position < position }), people.contains(last.name)
        else { return nil }
        return holders.first { $0.name == last.name }
    }
}
