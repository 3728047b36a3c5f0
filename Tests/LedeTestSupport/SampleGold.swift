/// The gold annotations of the sample article (`syria-assad.gold.json`).
public struct SampleGold: Decodable, Sendable {
    /// An expected (or forbidden) actor mention: paragraph, text, actor.
    public struct Mention: Decodable, Sendable, Hashable {
        public var p: Int
        public var text: String
        public var actor: String

        /// Creates a mention.
        public init(p: Int, text: String, actor: String) {
            self.p = p
            self.text = text
            self.actor = actor
        }
    }

    /// An expected quote.
    public struct Quote: Decodable, Sendable {
        public var p: Int
        public var kind: String
        public var text: String
        public var speaker: String?
        public var speakerName: String?
        public var cue: String?
        public var actor: String?

        enum CodingKeys: String, CodingKey {
            case p, kind, text, speaker, cue, actor
            case speakerName = "speaker_name"
        }
    }

    public var title: String
    public var bodyParagraphs: Int
    public var repairs: [String: Int]
    public var mentions: [Mention]
    public var optionalMentions: [Mention]
    public var forbiddenMentions: [Mention]
    public var quotes: [Quote]

    enum CodingKeys: String, CodingKey {
        case title, repairs, mentions, quotes
        case bodyParagraphs = "body_paragraphs"
        case optionalMentions = "optional_mentions"
        case forbiddenMentions = "forbidden_mentions"
    }
}
