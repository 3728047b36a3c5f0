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
    /// The matches found so far before the sweep's origin, once it wrapped around: they stand
    /// first among the matches.
    public var wrappedMatches = 0
    /// Whether the search began part-way down the text (``SearchSweep``): until its pieces
    /// have come round to the text before a match, the match's number is not known.
    public var startedPartWay = false
}

/// Where the pieces of a search run: from `origin`, the start of the line at the top of the
/// screen, to the end of the text, then, `wrapped`, from the text's start back to `origin`,
/// so that a forward search far down a long text shows its match at once. A search from the
/// top (and every backward search) has its origin at the start and never wraps.
public struct SearchSweep: Hashable, Sendable {
    /// Where the first piece starts.
    public var origin: TextPosition
    /// Whether the pieces now run from the text's start back to ``origin``.
    public var wrapped: Bool

    /// A sweep from `origin` to the end.
    public init(from origin: TextPosition) {
        self.origin = origin
        wrapped = false
    }

    /// The same sweep, gone round to the text's start.
    var aroundFromStart: SearchSweep {
        var sweep = self
        sweep.wrapped = true
        return sweep
    }

    /// Whether the sweep has text left before its origin once it reaches the end.
    var wrapsAround: Bool { !wrapped && origin.byte > 0 }
}
