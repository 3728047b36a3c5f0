/// `the official` refers to the latest speaker described by the same noun (`A Syrian
/// military official`), unless the two are said to belong to different owners (`the French
/// foreign ministry` is not an earlier `Russia’s foreign ministry`).
struct SameRoleEarlierSieve: ResolutionSieve {
    let name = "same-role-earlier"

    /// Reads the quotations before it for the phrases it resolves.
    func readsContext(of mention: SpeakerMention) -> Bool {
        mention.isDefinite && mention.role.last != nil
    }

    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution? {
        guard mention.isDefinite, let head = mention.role.last, let antecedent = mention.history.latest(withHead: head),
              !RoleModifiers(phrase: mention.text).conflicts(with: RoleModifiers(phrase: antecedent.speaker), matcher: mention.resolver.matcher)
        else { return nil }
        return SpeakerResolver.Resolution(name: antecedent.speakerName, actorID: mention.ownActor ?? antecedent.actorID)
    }
}
