/// The JSON form of an analysis: the stable contract of `lede analyze --format json`.
///
/// Every `start`/`end` counts Unicode scalars into `text`, half-open; a quote's span
/// excludes its quote marks. Optional values are written as `null`, never left out.
public struct AnalysisDocument: Encodable, Sendable {
    /// An actor and how often it is mentioned.
    public struct ActorEntry: Encodable, Sendable {
        public var id: String
        public var name: String
        public var mentions: Int
    }

    /// One mention.
    public struct MentionEntry: Encodable, Sendable {
        public var actor: String
        public var text: String
        public var start: Int
        public var end: Int
    }

    /// One quotation.
    public struct QuoteEntry: Encodable, Sendable {
        public var text: String
        public var start: Int
        public var end: Int
        public var kind: Quote.Kind
        public var speaker: String?
        public var speakerName: String?
        public var actor: String?
        public var cue: String?
        public var paragraph: Int
        /// The quote sieve that decided (that found the speaker, or that found the quotation
        /// is nobody's words), and the resolution sieve that named the speaker.
        public var sieve: String?
        public var resolution: String?
        /// Every sieve's vote, when the analysis was explained; `null` otherwise.
        public var votes: [VoteEntry]?
        /// The candidate speakers the ranker weighed, when the analysis was explained; `null`
        /// otherwise.
        public var candidates: [CandidateEntry]?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(kind, forKey: .kind)
            try container.encode(speaker, forKey: .speaker)
            try container.encode(speakerName, forKey: .speakerName)
            try container.encode(actor, forKey: .actor)
            try container.encode(cue, forKey: .cue)
            try container.encode(paragraph, forKey: .paragraph)
            try container.encode(sieve, forKey: .sieve)
            try container.encode(resolution, forKey: .resolution)
            try container.encode(votes, forKey: .votes)
            try container.encode(candidates, forKey: .candidates)
        }

        enum CodingKeys: String, CodingKey {
            case text, start, end, kind, speaker, speakerName, actor, cue, paragraph, sieve, resolution, votes, candidates
        }
    }

    /// A candidate speaker and the features the ranker scored.
    public struct CandidateEntry: Encodable, Sendable {
        public var speaker: String
        public var speakerName: String
        public var score: Double
        public var features: [String: Double]
    }

    /// What one sieve found for a quotation.
    public struct VoteEntry: Encodable, Sendable {
        public var sieve: String
        public var speaker: String?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sieve, forKey: .sieve)
            try container.encode(speaker, forKey: .speaker)
        }

        enum CodingKeys: String, CodingKey {
            case sieve, speaker
        }
    }

    /// One repaired character.
    public struct RepairEntry: Encodable, Sendable {
        public var kind: String
        public var original: String
        public var replacement: String
        public var start: Int
        public var end: Int
    }

    /// The id of the line of `lede analyze --jsonl` this is the analysis of; left out of the
    /// JSON otherwise.
    public var id: String?
    public var file: String
    public var title: String?
    public var byline: String?
    public var dateline: String?
    /// When a web page says the article was published, and the page's site; `null` for text.
    public var published: String?
    public var site: String?
    /// Where the article is: the final URL of a fetched page, a saved page's canonical URL; `null` else.
    public var url: String?
    public var text: String
    /// What the bytes were read as: a ``SourceEncoding`` name, or for a web page in another
    /// character set, the name the page or its HTTP header gave it (`windows-1251`).
    public var encoding: String
    public var paragraphs: [[Int]]
    public var actors: [ActorEntry]
    public var mentions: [MentionEntry]
    public var quotes: [QuoteEntry]
    public var repairs: [RepairEntry]

    /// The document for `analysis` of the file named `file`; with `explaining`, each quote
    /// lists its sieves' votes.
    public init(_ analysis: Analysis, file: String, explaining: Bool = false) {
        let article = analysis.article
        self.file = file
        title = analysis.title
        byline = analysis.page.byline ?? article.paragraphs.first { $0.role == .byline }.map { article[$0.range] }
        published = analysis.page.published
        site = analysis.page.site
        url = analysis.page.url
        dateline = article.paragraphs.lazy.compactMap(\.dateline).first.map { article[$0] }
        text = article.text
        encoding = analysis.page.encoding ?? analysis.encoding.rawValue
        paragraphs = article.paragraphs.map { [$0.range.lowerBound, $0.range.upperBound] }
        actors = analysis.mentionCounts.map { ActorEntry(id: $0.actor.id, name: $0.actor.name, mentions: $0.count) }
        mentions = analysis.mentions.map {
            MentionEntry(actor: $0.actorID, text: article[$0.range], start: $0.range.lowerBound, end: $0.range.upperBound)
        }
        quotes = analysis.quotes.map { quote in
            QuoteEntry(
                text: article[quote.range], start: quote.range.lowerBound, end: quote.range.upperBound, kind: quote.kind,
                speaker: quote.attribution?.speaker, speakerName: quote.attribution?.speakerName,
                actor: quote.attribution?.actorID, cue: quote.attribution?.cue, paragraph: quote.paragraphIndex,
                sieve: quote.attribution?.sieve ?? quote.unattributedBy, resolution: quote.attribution?.resolution,
                votes: explaining ? quote.votes.map { VoteEntry(sieve: $0.sieve, speaker: $0.speaker) } : nil,
                candidates: explaining
                    ? quote.candidates.map { CandidateEntry(speaker: $0.speaker, speakerName: $0.speakerName, score: $0.score, features: $0.features) }
                    : nil)
        }
        repairs = analysis.repairs.map {
            RepairEntry(kind: $0.kind.rawValue, original: $0.original, replacement: $0.replacement,
                        start: $0.range.lowerBound, end: $0.range.upperBound)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(file, forKey: .file)
        try container.encode(title, forKey: .title)
        try container.encode(byline, forKey: .byline)
        try container.encode(dateline, forKey: .dateline)
        try container.encode(published, forKey: .published)
        try container.encode(site, forKey: .site)
        try container.encode(url, forKey: .url)
        try container.encode(text, forKey: .text)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(actors, forKey: .actors)
        try container.encode(mentions, forKey: .mentions)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(repairs, forKey: .repairs)
    }

    enum CodingKeys: String, CodingKey {
        case id, file, title, byline, dateline, published, site, url, text, encoding, paragraphs, actors, mentions, quotes, repairs
    }
}
