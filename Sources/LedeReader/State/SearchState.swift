import LedeKit

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
    /// Whether the matches are highlighted (`Esc u` turns it off and on; `n` turns it on).
    public var highlighted = true

    /// Creates a search state.
    public init(query: String, forward: Bool, matches: [Range<Int>], current: Int?) {
        self.query = query
        self.forward = forward
        self.matches = matches
        self.current = current
    }
}

/// Where the reader was when a search prompt opened, to go back to when it is closed with
/// Esc, and to search from while the query is typed.
public struct SearchOrigin: Hashable, Sendable {
    /// The first line shown, as text: while the lines are counted after a resize, a line
    /// number would change meaning when a match elsewhere lays out another window.
    public var place: ReadingPlace
    /// The search shown then.
    public var search: SearchState?
}

/// A search asked for and not yet answered.
public struct PendingSearch: Hashable, Sendable {
    /// The request's number (``SearchOutcome/request``).
    public var request: Int
    /// Whether it searches forward.
    public var forward: Bool
    /// Whether it was run with Enter (else it previews the query being typed).
    public var committed: Bool
}

/// A search over a large text running piece by piece (``Reader/searchPieceBytes`` at a time):
/// its matches so far are shown and counted with a `+`, and the first one from where the
/// search started is chosen as soon as a piece holds it.
public struct SearchProgress: Hashable, Sendable {
    /// The request the pieces answer (``SearchOutcome/request``).
    public var request: Int
    /// Whether it searches forward.
    public var forward: Bool
    /// Whether it was run with Enter (else it previews the query being typed).
    public var committed: Bool
    /// Where the screen was when the search started: the match chosen is the first from
    /// there on (the last before it, backward).
    public var start: ReadingPlace
    /// Whether a match has been chosen.
    public var chosen: Bool
    /// Whether the pieces have reached the end of the text: text that arrives after is
    /// searched as it comes, as for a search of the whole.
    public var reachedEnd = false
    /// How far from the text's start every piece has been searched, in scalars: a match
    /// before it has a known number among the matches; one after it, not yet.
    public var searchedFromStart = 0
}
