/// `he`, `she`, `his`, `her` (and `he’s`, `she’s`) refer to the most salient person before them whose gender agrees
/// (``SalienceTally``): the people named in the pronoun's sentence and the few before it, or
/// referred to there by `he` or `she`, and the latest quotation's speaker. Places,
/// organisations and words that only look like names are no candidates: a person is one the
/// article gives a title or a gender, or the subject of the pronoun's own sentence. With no
/// such person the sieve passes, and the pronoun stands as written.
struct PronounAgreementSieve: ResolutionSieve {
    let name = "pronoun-agreement"

    /// Reads the quotations before it for the phrases it resolves.
    func readsContext(of mention: SpeakerMention) -> Bool {
        let words = mention.words
        return words.count == 1 && ["he", "she", "his", "her"].contains(Self.uncontracted(words[0].lowercased))
    }

    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution? {
        let words = mention.words
        guard words.count == 1, case let pronoun = Self.uncontracted(words[0].lowercased),
            ["he", "she", "his", "her"].contains(pronoun), let gender = Gender.ofPronoun(pronoun),
            let name = antecedent(of: words[0], gender: gender, in: mention)
        else { return nil }
        return SpeakerResolver.Resolution(name: name, actorID: mention.resolver.matcher.placement(of: name))
    }

    /// `he’s` → `he`: a pronoun with a contracted `is` or `has` (`he’s predicting that …`);
    /// any other word as it is.
    static func uncontracted(_ word: String) -> String {
        for ending in ["\u{2019}s", "'s"] where word.hasSuffix(ending) && ["he", "she"].contains(String(word.dropLast(2))) {
            return String(word.dropLast(2))
        }
        return word
    }

    /// The most salient person of `gender` before `pronoun`.
    private func antecedent(of pronoun: Token, gender: Gender, in mention: SpeakerMention) -> String? {
        let names = mention.resolver.names
        let position = pronoun.range.lowerBound
        let sentence = names.sentence(at: position)
        // A name of unknown gender is a candidate when the article shows it is a person's, or
        // when it is the subject of the pronoun's own sentence (`Lee Park said he …`).
        let agrees = { (name: String, subjectHere: Bool) in
            (names.gender(of: name) ?? mention.history.pronounGenders[name]).map { $0 == gender }
                ?? (names.isPerson(name) || subjectHere)
        }
        var tally = SalienceTally()
        for named in names.mentions(fromSentence: sentence - SalienceTally.sentencesBack, before: position)
        where agrees(named.name, named.sentence == sentence && named.role == .subject) {
            tally.add(named.name, role: named.role, sentencesBack: sentence - named.sentence, at: named.position)
        }
        if let last = mention.history.lastQuote, let attribution = last.attribution, agrees(attribution.speakerName, false),
            case let spoken = attribution.speakerRange?.lowerBound ?? last.range.lowerBound, spoken < position
        {
            tally.add(attribution.speakerName, role: .subject, sentencesBack: sentence - names.sentence(at: spoken), at: spoken)
        }
        return tally.mostSalient
    }
}
