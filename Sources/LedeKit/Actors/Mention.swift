/// A place where the text names an actor.
public struct Mention: Hashable, Sendable {
    /// The actor's id.
    public var actorID: String
    /// Unicode scalar offsets of the naming words in the text.
    public var range: Range<Int>

    /// Creates a mention.
    public init(actorID: String, range: Range<Int>) {
        self.actorID = actorID
        self.range = range
    }
}
