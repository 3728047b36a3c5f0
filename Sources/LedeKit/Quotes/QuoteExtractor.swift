import Algorithms

/// Finds an article's direct quotations and attributes each to a speaker.
public struct QuoteExtractor: Sendable {
    /// The matcher that places speakers with actors.
    public let matcher: MentionMatcher
    /// The model that may overrule the rule sieves' choice of speaker; `nil` for the rules
    /// alone.
    let ranker: SpeakerRanker?

    /// Creates an extractor that places speakers with the actors of `matcher`; with
    /// `ranking`, the shipped ``SpeakerRanker`` ranks each quotation's candidate speakers.
    public init(matcher: MentionMatcher, ranking: Bool = true) {
        self.init(matcher: matcher, ranker: ranking ? .shipped : nil)
    }

    /// Creates an extractor that ranks candidate speakers with `ranker`, if any.
    init(matcher: MentionMatcher, ranker: SpeakerRanker?) {
        self.matcher = matcher
        self.ranker = ranker
    }

    /// The quotations of `article`, in text order.
    ///
    /// Each quotation is offered to the sieves of ``QuoteSieveOrder`` for its kind; the first
    /// that finds a speaker decides, and the ``ResolutionSieveOrder`` sieves work out who the
    /// speaker is — unless the ``SpeakerRanker`` ranks another candidate, or giving no
    /// speaker, well above it. Quotations left without a speaker (scare quotes, titles) keep
    /// a `nil` attribution.
    public func quotes(in article: Article) -> [Quote] {
        run(on: AnnotatedArticle(article: article), explaining: false)
    }

    /// The quotations of `article` as ``quotes(in:)`` finds them, each attribution also
    /// listing every sieve that applied (``Quote/votes``) and each quotation its candidate
    /// speakers with their features (``Quote/candidates``).
    public func explainedQuotes(in article: Article) -> [Quote] {
        run(on: AnnotatedArticle(article: article), explaining: true)
    }

    /// The quotations of `article`, whose paragraphs' `tokens` are already made, as
    /// ``quotes(in:)`` or, when `explaining`, ``explainedQuotes(in:)`` finds them, knowing the
    /// names the text before it built (`known`, for a chunk of a larger article); and the
    /// names known by its end, for the chunk after it.
    func quotes(in article: Article, tokens: ArticleTokens, explaining: Bool, known: KnownNames) -> (quotes: [Quote], names: KnownNames) {
        let document = AnnotatedArticle(article: article, tokens: tokens, known: known)
        return (run(on: document, explaining: explaining), document.names.known)
    }

    /// The sieve named on transcript turns (`NAME: words`).
    static let transcriptSieve = "transcript-turn"

    /// Attributes every quotation of `document`, collecting every sieve's vote when
    /// `explaining`.
    private func run(on document: AnnotatedArticle, explaining: Bool) -> [Quote] {
        let article = document.article
        let resolver = SpeakerResolver(matcher: matcher, names: document.names)
        var generator = CandidateGenerator(resolver: resolver)
        var quotes: [Quote] = []
        var history = AttributionHistory()
        for span in document.spans {
            let quotation = QuotationContext(span: span, in: document, previousQuote: quotes.last, history: history)
            var findings: [(sieve: String, finding: SieveFinding)] = []
            for sieve in QuoteSieveOrder.sieves(for: quotation.kind) {
                guard let finding = sieve.attribute(quotation) else { continue }
                findings.append((sieve.name, finding))
                guard explaining || ranker != nil else { break }
            }
            var quote = Quote(range: span.content, extent: span.extent, kind: quotation.kind, paragraphIndex: span.paragraphIndex)
            if let first = findings.first {
                quote.attribution = Self.attribution(for: first.finding, by: first.sieve, phrases: &generator.phrases, in: article, history: history)
                if quote.attribution == nil { quote.unattributedBy = first.sieve }
            }
            if explaining || ranker != nil {
                let candidates = generator.candidates(for: quotation, findings: findings)
                let nobody = QuotationFeatures(quotation: quotation).values(decidingSieve: findings.first?.sieve, speakerCandidates: candidates.count)
                if let ranker {
                    let rules: SpeakerRanker.Choice = quote.attribution == nil ? .nobody : .speaker(0)
                    let decided: SpeakerRanker.RulesDecision = quote.attribution != nil ? .speaker : findings.isEmpty ? .nothing : .nobody
                    switch ranker.choice(among: candidates, nobody: nobody, rules: decided) {
                    case rules: break
                    case .speaker(let index):
                        quote.attribution = candidates[index].attribution
                        quote.unattributedBy = nil
                    case .nobody:
                        quote.attribution = nil
                        quote.unattributedBy = SpeakerRanker.silenceName
                    }
                }
                if explaining {
                    let scorer = ranker ?? .shipped
                    quote.candidates = candidates.map {
                        RankedCandidate(
                            speaker: $0.attribution.speaker, speakerName: $0.attribution.speakerName,
                            score: scorer.score($0.features), features: $0.features.dictionary)
                    } + [RankedCandidate(speaker: "", speakerName: "", score: scorer.score(nobody), features: nobody.dictionary)]
                }
            }
            if explaining {
                quote.votes = findings.map { SieveVote(sieve: $0.sieve, speaker: Self.speaker(of: $0.finding, in: article)) }
            }
            history.append(quote)
            quotes.append(quote)
        }
        for turn in TranscriptTurns.turns(in: article) {
            let speaker = Tokenizer.tokens(in: article.scalars, range: turn.speaker)
            let found = SpeakerCue(speaker: speaker, cue: ":")
            let attribution = resolver.attribution(found, sentence: speaker, in: article, earlier: history, sieve: Self.transcriptSieve)
            quotes.append(Quote(range: turn.content, extent: turn.content, kind: .full, paragraphIndex: turn.paragraphIndex, attribution: attribution))
        }
        // The phrase shown is the speaker's whole noun phrase; the sieves and the history read
        // it only up to its head.
        for index in quotes.indices {
            quotes[index].attribution = quotes[index].attribution.map { SpeakerPostModifier.whole($0, in: article) }
        }
        return quotes.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The attribution a sieve's finding makes: a speaker phrase resolved, an earlier
    /// attribution carried on, or none for a quotation that is nobody's words.
    private static func attribution(
        for finding: SieveFinding, by sieve: String, phrases: inout SpeakerPhrases, in article: Article, history: AttributionHistory
    ) -> Attribution? {
        switch finding {
        case .speaker(let cue, let sentence):
            return phrases.attribution(cue, sentence: sentence, in: article, earlier: history, sieve: sieve)
        case .carried(let earlier):
            var carried = earlier
            carried.cue = nil
            carried.continuesPrevious = true
            carried.sieve = sieve
            return carried
        case .noSpeaker:
            return nil
        }
    }

    /// The speaker a finding names, for a vote.
    private static func speaker(of finding: SieveFinding, in article: Article) -> String? {
        switch finding {
        case .speaker(let cue, _): article[cue.speakerRange]
        case .carried(let earlier): earlier.speakerName
        case .noSpeaker: nil
        }
    }

    /// How many tokens before a quotation, and after it, can bear on its attribution; also
    /// how many are kept from each end of a long quotation.
    static let window = 100

    /// The tokens of a sentence that can bear on the attribution of `span`: at most
    /// ``window`` before its opening mark and after its end, and the first and last
    /// ``window`` of a long quotation. Each quotation so costs the same however long its
    /// sentence, and an article of many quotations in one long sentence stays linear.
    static func window(_ tokens: ArraySlice<Token>, around span: QuotedSpan) -> [Token] {
        let opening = tokens.partitioningIndex { $0.range.lowerBound >= span.opening }
        let end = tokens[opening...].partitioningIndex { $0.range.lowerBound >= span.extent.upperBound }
        let before = max(tokens.startIndex, opening - window)
        let after = min(tokens.endIndex, end + window)
        guard end - opening > 2 * window else { return Array(tokens[before..<after]) }
        return Array(tokens[before..<opening + window] + tokens[end - window..<after])
    }

    /// Full when the quotation opens its paragraph or follows the end of a sentence, a
    /// colon, a comma or a dash; partial when it stands inside the writer's own clause.
    static func kind(of span: QuotedSpan, in scalars: [Unicode.Scalar], paragraph: Range<Int>) -> Quote.Kind {
        var index = span.opening - 1
        while index >= paragraph.lowerBound, scalars[index].isSpace { index -= 1 }
        guard index >= paragraph.lowerBound else { return .full }
        let before = scalars[index]
        let opensUtterance: Set<Unicode.Scalar> = [".", "!", "?", ":", ",", ";", "\u{2014}", "\u{2013}", "(", "["]
        if opensUtterance.contains(before) || before.isClosingDoubleQuote || before == "\"" { return .full }
        // A hyphen standing for a dash (`surrogates are responding - “…”`).
        if before == "-", index > paragraph.lowerBound, scalars[index - 1].isSpace { return .full }
        // The end of a doubled mark (`''`) that closed the quotation before.
        if before == "'" || before == "\u{2019}", index > paragraph.lowerBound, scalars[index - 1] == before { return .full }
        return .partial
    }
}
