/// `the official` refers to the latest speaker described by the same noun (`A Syrian
/// military official`).
struct SameRoleEarlierSieve: ResolutionSieve {
    let name = "same-role-earlier"

    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution? {
        guard mention.isDefinite, let head = mention.role.last, let antecedent = mention.history.latest(withHead: head) else { return nil }
        return SpeakerResolver.Resolution(name: antecedent.speakerName, actorID: mention.ownActor ?? antecedent.actorID)
    }
}
