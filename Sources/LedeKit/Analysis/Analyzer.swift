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
    /// each attribution also lists every sieve's vote (``Attribution/votes``).
    public func analyze(bytes: [UInt8], explaining: Bool = false) -> Analysis {
        let clean = TextCleaner.clean(bytes)
        let article = ArticleParser.parse(clean.text)
        return Analysis(
            article: article, encoding: clean.encoding, repairs: clean.repairs, lexicon: matcher.lexicon,
            mentions: matcher.mentions(in: article.scalars), quotes: explaining ? extractor.explainedQuotes(in: article) : extractor.quotes(in: article))
    }
}
