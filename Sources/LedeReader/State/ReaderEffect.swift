import LedeKit

/// Work the reader asks for that may take time, as Bubble Tea's `Cmd`: the front end runs it
/// and hands its message to ``Reader/receive(_:)``, so the reader itself never blocks on it.
public struct ReaderEffect: Sendable {
    /// The work; what it returns goes back to the reader.
    public let run: @Sendable () -> ReaderMessage
}

/// What finished work reports back to the reader.
public enum ReaderMessage: Sendable {
    /// A search ran.
    case searched(SearchOutcome)
}

/// The matches of one search request.
public struct SearchOutcome: Sendable {
    /// Which request this answers; an answer to an older one is dropped.
    public let request: Int
    /// The search.
    public let search: TextSearch
    /// Its matches, as scalar ranges in text order.
    public let matches: [Range<Int>]
}
