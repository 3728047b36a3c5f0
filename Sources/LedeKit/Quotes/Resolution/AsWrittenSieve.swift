/// Any other phrase (`a diplomat`, `the campaign`) stands for itself.
struct AsWrittenSieve: ResolutionSieve {
    let name = "as-written"

    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution? {
        SpeakerResolver.Resolution(name: mention.text, actorID: mention.ownActor)
    }
}
