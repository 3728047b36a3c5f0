/// Runs the whole analysis: bytes → repaired text → article → mentions and quotes.
public struct Analyzer: Sendable {
    /// The matcher for the lexicon in use.
    public let matcher: MentionMatcher
    private let extractor: QuoteExtractor

    /// Creates an analyzer for `lexicon` (the built-in one by default); without `ranking`,
    /// speakers are found by the rule sieves alone (as the ranker's training reads them).
    public init(lexicon: ActorLexicon = .standard, ranking: Bool = true) {
        matcher = MentionMatcher(lexicon: lexicon)
        extractor = QuoteExtractor(matcher: matcher, ranking: ranking)
    }

    /// Analyses an article given as raw bytes in any supported encoding; when `explaining`,
    /// each quote also lists every sieve's vote (``Quote/votes``). `people` are the people
    /// that text before it introduced (``PersonActors/actorByName`` of the chunks before, when
    /// the bytes are a chunk of a larger article: see ``Analysis/append(_:)``), and `names` the
    /// tables of people's names it built (``Analysis/names`` of the chunks before). With
    /// `titled`, the first paragraph is the title (``ArticleParser/parse(_:titled:)``).
    public func analyze(
        bytes: [UInt8], explaining: Bool = false, people known: [String: String] = [:], names: KnownNames = KnownNames(),
        titled: Bool = false
    ) -> Analysis {
        let clean = TextCleaner.clean(bytes)
        let article = ArticleParser.parse(clean.text, titled: titled)
        let named = matcher.mentions(in: article.scalars)
        // Paragraphs are separated by white space only, so their tokens are the whole text's.
        let tokens = ArticleTokens(article: article)
        let people = PersonActors(tokens: Array(tokens.paragraphs.joined()), named: named, known: known)
        let (quotes, names) = extractor.quotes(in: article, tokens: tokens, explaining: explaining, known: names)
        return Analysis(
            article: article, encoding: clean.encoding, repairs: clean.repairs, lexicon: matcher.lexicon,
            mentions: people.adding(to: named), quotes: Self.placing(quotes, with: people), people: people, names: names)
    }

    /// `quotes`, each speaker that no actor's name placed taking the actor of the person the
    /// article describes with one (`Anna Petrova, a spokeswoman for the Russian Foreign
    /// Ministry` → Russia).
    static func placing(_ quotes: [Quote], with people: PersonActors) -> [Quote] {
        quotes.map { quote in
            guard var attribution = quote.attribution, attribution.actorID == nil,
                let actor = people.actorID(forName: attribution.speakerName)
            else { return quote }
            var placed = quote
            attribution.actorID = actor
            placed.attribution = attribution
            return placed
        }
    }
}
