import LedeKit

/// Work the reader asks of the front end, as Bubble Tea's `Cmd`: the front end carries it
/// out and hands the message it reports to ``Reader/receive(_:)``, so the reader itself
/// never blocks and never touches a terminal.
public enum ReaderEffect: Sendable {
    /// Work that may take time (a search); what it returns goes back to the reader.
    case work(ReaderWork)
    /// Put `text` on the terminal's clipboard; the front end reports ``ReaderMessage/copied(_:)``.
    case copyToClipboard(String)
    /// Draw with the theme after the current one; the front end reports
    /// ``ReaderMessage/themeChanged(name:colors:)`` or ``ReaderMessage/themeFailed(_:kept:)``.
    case nextTheme
}

/// Work that may take time, to be run off the key loop (``ReaderEffect/work(_:)``).
public struct ReaderWork: Sendable {
    /// What the work is for. Work of a kind makes older work of the same kind needless: a
    /// runner may skip an older one that has not started, and drop what it reports.
    public enum Kind: Hashable, Sendable {
        /// A search (the query typed so far, or the one run with Enter).
        case search
        /// The analysis of the next chunk of a large article, in the background: it runs
        /// beside searches, not before them.
        case analysis
        /// The whole layout of a large article at a new width (``Reader/relayout(keepingQuote:)``).
        case layout
    }

    /// What the work is for.
    public let kind: Kind
    /// Does the work and returns what it reports to ``Reader/receive(_:)``.
    public let run: @Sendable () -> ReaderMessage

    /// Work of `kind` done by `run`.
    public init(_ kind: Kind, _ run: @escaping @Sendable () -> ReaderMessage) {
        self.kind = kind
        self.run = run
    }
}

/// What finished work reports back to the reader.
public enum ReaderMessage: Sendable {
    /// A search ran.
    case searched(SearchOutcome)
    /// Chunk `chunk` of a large article was analysed (``StreamingAnalysis``).
    case analysed(chunk: Int, Analysis)
    /// The whole layout asked for by layout request `request` was made.
    case laidOut(request: Int, ArticleLayout)
    /// A copy to the clipboard was sent (`true`), or the terminal cannot take one.
    case copied(Bool)
    /// The screen now draws with theme `name`; `colors` says how (`in 256 colours`, `without colour`).
    case themeChanged(name: String, colors: String)
    /// A theme could not be used (a fault in its file); the screen draws with theme `kept`.
    case themeFailed(ThemeError, kept: String)
}

/// The matches of one search request, or of one piece of it (``SearchSweep``).
public struct SearchOutcome: Sendable {
    /// Which request this answers; an answer to an older one is dropped.
    public let request: Int
    /// The search.
    public let search: TextSearch
    /// Its matches, as scalar ranges in text order.
    public let matches: [Range<Int>]
    /// The scalars searched: the piece, or the whole text.
    public let range: Range<Int>
    /// Where the pieces run, past this one; `nil` for a search of the whole text.
    public let sweep: SearchSweep?
    /// The text searched (as it was when the search was asked for).
    let text: SearchableText

    /// Whether the search has read the whole text.
    var isLast: Bool { sweep?.isDone ?? true }
    /// Whether this answer reaches the end of the text searched: while a large article is
    /// analysed, more may have arrived after it since.
    var reachesEnd: Bool { range.upperBound == (sweep?.end.scalar ?? range.upperBound) }
}
