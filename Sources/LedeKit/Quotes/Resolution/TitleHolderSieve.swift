/// `the senator`, `the Florida senator`, or a headline's `Justice` refer to the person the
/// article names with the title of that role (`Sen. Marco Rubio`, `Justice Ruth Bader
/// Ginsburg`; `title-roles.txt`): the only one, else the most salient of them before the
/// phrase (``SalienceTally``), else nobody. `the former governor` is one titled with a word
/// of departure (`former Gov. Jeb Bush`), and `the governor` one titled without; `the Vermont
/// senator` one the article places in Vermont (`Sen. Bernie Sanders (I-Vt.)`), or in no state.
struct TitleHolderSieve: ResolutionSieve {
    let name = "title-holder"

    /// Reads only the phrase and the article.
    func readsContext(of mention: SpeakerMention) -> Bool { false }

    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution? {
        let words = mention.words
        guard let head = words.last?.lowercased, mention.isDefinite || words.count == 1 && words[0].isCapitalized else { return nil }
        let names = mention.resolver.names
        // `the former governor` is who was titled so with a word of departure (`former Gov.`).
        let departed = words.contains { PersonDescriptions.departures.contains($0.lowercased) }
        let holders = Self.ofState(named: words, among: names.holders(ofRole: departed ? "former " + head : head), names: names)
        guard let name = holders.count == 1 ? holders.first : mostSalient(of: holders, in: mention) else { return nil }
        return SpeakerResolver.Resolution(name: name, actorID: mention.ownActor ?? mention.resolver.matcher.placement(of: name))
    }

    /// The holders of the state the phrase `words` names (`the Florida senator`): those the
    /// article places there, else those it places nowhere; all of them when it names none.
    private static func ofState(named words: [Token], among holders: Set<String>, names: PersonNames) -> Set<String> {
        let states = PersonNames.statesNamed(in: words)
        guard !states.isEmpty else { return holders }
        let placed = holders.filter { !names.states(of: $0).isDisjoint(with: states) }
        return placed.isEmpty ? holders.filter { names.states(of: $0).isEmpty } : placed
    }

    /// The most salient of `holders` before the phrase.
    private func mostSalient(of holders: Set<String>, in mention: SpeakerMention) -> String? {
        guard holders.count > 1 else { return nil }
        let names = mention.resolver.names
        let position = mention.phrase[0].range.lowerBound
        let sentence = names.sentence(at: position)
        var tally = SalienceTally()
        for named in names.mentions(fromSentence: sentence - SalienceTally.sentencesBack, before: position) where holders.contains(named.name) {
            tally.add(named.name, role: named.role, sentencesBack: sentence - named.sentence, at: named.position)
        }
        return tally.mostSalient
    }
}
