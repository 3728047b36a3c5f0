/// Everything Lede knows about one article: its repaired text, structure, actors and quotes.
public struct Analysis: Sendable {
    /// The repaired article.
    public internal(set) var article: Article
    /// The encoding the bytes were read as.
    public let encoding: SourceEncoding
    /// The characters repaired, in text order.
    public internal(set) var repairs: [TextRepair]
    /// The lexicon the mentions come from.
    public let lexicon: ActorLexicon
    /// Actor mentions, in text order.
    public internal(set) var mentions: [Mention]
    /// The people the article ties to an actor by describing them, and their actors.
    public internal(set) var people: PersonActors
    /// Direct quotations, in text order.
    public internal(set) var quotes: [Quote]
    /// The tables of people's names the text built, for analysing the chunk after it
    /// (``Analyzer/analyze(bytes:explaining:people:names:titled:)``).
    public internal(set) var names: KnownNames
    /// What the web page the article came from says about it; empty for text.
    public var page = PageMetadata()

    /// Creates an analysis from its parts.
    public init(
        article: Article, encoding: SourceEncoding, repairs: [TextRepair], lexicon: ActorLexicon, mentions: [Mention],
        quotes: [Quote], people: PersonActors = PersonActors(), names: KnownNames = KnownNames()
    ) {
        self.names = names
        self.article = article
        self.encoding = encoding
        self.repairs = repairs
        self.lexicon = lexicon
        self.mentions = mentions
        self.people = people
        self.quotes = quotes
    }

    /// The article's title: the web page's headline, else the text's title line.
    public var title: String? {
        page.title ?? article.title.map { article[$0.range] }
    }

    /// The number of mentions of each actor, in lexicon order.
    public var mentionCounts: [(actor: Actor, count: Int)] {
        lexicon.actors.map { actor in (actor, mentions.count { $0.actorID == actor.id }) }
    }
}
