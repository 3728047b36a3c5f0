/// Runs the whole analysis: bytes → repaired text → article → mentions and quotes.
public struct Analyzer: Sendable {
    /// The matcher for the lexicon in use.
    public let matcher: MentionMatcher
    private let extractor: QuoteExtractor

    /// Creates an analyzer for `lexicon` (the built-in one by default).
    public init(lexicon: ActorLexicon = .standard) {
        matcher = MentionMatcher(lexicon: lexicon)
        extractor = QuoteExtractor(matcher: matcher)
    }

    /// Analyses an article given as raw bytes in any supported encoding; when `explaining`,
    /// each quote also lists every sieve's vote (``Quote/votes``).
    public func analyze(bytes: [UInt8], explaining: Bool = false) -> Analysis {
        let clean = TextCleaner.clean(bytes)
        let article = ArticleParser.parse(clean.text)
        let named = matcher.mentions(in: article.scalars)
        let people = PersonActors(scalars: article.scalars, named: named)
        return Analysis(
            article: article, encoding: clean.encoding, repairs: clean.repairs, lexicon: matcher.lexicon,
            mentions: people.adding(to: named),
            quotes: explaining ? extractor.explainedQuotes(in: article) : extractor.quotes(in: article), people: people)
    }
}
