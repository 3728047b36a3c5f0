/// The speaker phrases of one article, each read once however many quotations see it: its
/// words as written, the ranker's features of the phrase itself
/// (``CandidateFeatures/phraseValues(of:)``) and, when no resolution sieve reads more than the
/// phrase and the article (``ResolutionSieve/readsContext(of:)``), who it refers to. A name
/// near several quotations, or found by a rule sieve and offered again as a ranker candidate,
/// is so resolved and given its features once; a pronoun or `the official` is still resolved
/// for each quotation, after the quotations before it.
struct SpeakerPhrases: Sendable {
    /// What a phrase is wherever it is seen.
    struct Phrase: Sendable {
        /// The words as written in the article.
        let speaker: String
        /// The last word of ``speaker`` in lower case (``AttributionHistory/headNoun(of:)``).
        let headNoun: String?
        /// The features of the phrase itself, whatever the quotation.
        let features: FeatureVector
        /// Who the phrase refers to and the resolution sieve that decided; `nil` when a sieve
        /// reads the phrase's context, so it is resolved each time.
        let resolved: (resolution: SpeakerResolver.Resolution, sieve: String)?
    }

    /// The resolver that names each phrase.
    let resolver: SpeakerResolver
    /// The phrases read so far, by the places of their tokens.
    private var phrases: [[Range<Int>]: Phrase] = [:]

    /// The phrases of the article `resolver` knows the names of.
    init(resolver: SpeakerResolver) {
        self.resolver = resolver
    }

    /// The phrase of `words`, tokens of `article`, read the first time it is asked for.
    mutating func phrase(_ words: [Token], in article: Article) -> Phrase {
        let key = words.map(\.range)
        if let known = phrases[key] { return known }
        let speaker = article[words.first!.range.lowerBound..<words.last!.range.upperBound]
        // A phrase whose resolution reads only itself and the article is resolved with no
        // context at all: what a sieve does not read cannot change its answer.
        let bare = SpeakerMention(phrase: words, sentence: [], history: AttributionHistory(), resolver: resolver)
        var resolved: (resolution: SpeakerResolver.Resolution, sieve: String)?
        if !ResolutionSieveOrder.sieves.contains(where: { $0.readsContext(of: bare) }) {
            let (resolution, sieve) = resolver.resolve(bare)
            resolved = (resolution, sieve)
        }
        let phrase = Phrase(
            speaker: speaker, headNoun: AttributionHistory.headNoun(of: speaker), features: CandidateFeatures.phraseValues(of: words),
            resolved: resolved)
        phrases[key] = phrase
        return phrase
    }

    /// The attribution for a speaker found in `sentence` by the quote sieve named `sieve`,
    /// after the quotations `earlier` records: what ``SpeakerResolver/attribution(_:sentence:in:earlier:sieve:)``
    /// gives, the phrase resolved once when its context cannot matter.
    mutating func attribution(
        _ found: SpeakerCue, sentence: [Token], in article: Article, earlier: AttributionHistory, sieve: String
    ) -> Attribution {
        let phrase = phrase(found.speaker, in: article)
        let (resolution, resolvedBy) = phrase.resolved
            ?? resolver.resolve(SpeakerMention(phrase: found.speaker, sentence: sentence, history: earlier, resolver: resolver))
        return Attribution(
            speaker: phrase.speaker, speakerRange: found.speakerRange, speakerName: resolution.name, actorID: resolution.actorID,
            cue: found.cue, continuesPrevious: false, sieve: sieve, resolution: resolvedBy)
    }
}
