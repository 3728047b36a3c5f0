/// A search the reader has run: its matches and the one the reader is on.
public struct SearchState: Hashable, Sendable {
    /// What was searched for.
    public var query: String
    /// Whether `n` goes forward (searched with `/`) or backward (`?`).
    public var forward: Bool
    /// Scalar ranges of every match, in text order.
    public var matches: [Range<Int>]
    /// Index into `matches` of the current match.
    public var current: Int?

    /// Creates a search state.
    public init(query: String, forward: Bool, matches: [Range<Int>], current: Int?) {
        self.query = query
        self.forward = forward
        self.matches = matches
        self.current = current
    }
}
