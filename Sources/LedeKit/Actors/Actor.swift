/// A party whose mentions Lede highlights: a person, a state, an organisation.
public struct Actor: Hashable, Sendable {
    /// Stable identifier used in JSON and theme keys (`russia` → `actor.russia`).
    public var id: String
    /// Name shown to the reader.
    public var name: String
    /// Words and phrases that name the actor, matched as written or in capitals.
    public var aliases: [String]
    /// Aliases matched only exactly as written (`US`, but not `us`).
    public var exactAliases: [String]
    /// Phrases that contain an alias but do not name the actor (`Washington Institute`).
    public var exclusions: [String]
    /// Phrases that place a speaker on this actor's side without being highlighted.
    public var speakerTerms: [String]

    /// Creates an actor.
    public init(
        id: String, name: String, aliases: [String], exactAliases: [String] = [], exclusions: [String] = [],
        speakerTerms: [String] = []
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.exactAliases = exactAliases
        self.exclusions = exclusions
        self.speakerTerms = speakerTerms
    }
}
