/// Any other phrase (`a diplomat`, `the campaign`) stands for itself, shown without a
/// participle clause after its head (`a report issued last year` → `a report`).
struct AsWrittenSieve: ResolutionSieve {
    let name = "as-written"

    /// Reads only the phrase and the article.
    func readsContext(of mention: SpeakerMention) -> Bool { false }

    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution? {
        SpeakerResolver.Resolution(name: mention.withoutParticipleClause, actorID: mention.ownActor)
    }
}
