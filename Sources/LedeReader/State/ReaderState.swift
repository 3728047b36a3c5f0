/// Everything about the reader that changes as the person reads.
public struct ReaderState: Hashable, Sendable {
    /// What the keyboard is doing.
    public enum Mode: Hashable, Sendable {
        /// Browsing the article.
        case reading
        /// Typing into the prompt.
        case prompt(Prompt)
        /// The help screen is shown.
        case help
        /// The actors' legend is shown.
        case legend

        /// The key map's mode for this one, with the focus on `focus`.
        public func input(focus: Focus) -> InputMode {
            switch self {
            case .reading: focus == .quotes ? .quotes : .reading
            case .prompt: .prompt
            case .help: .help
            case .legend: .legend
            }
        }
    }

    /// Terminal width in columns.
    public var width: Int
    /// Terminal height in rows.
    public var height: Int
    /// Index of the first article line shown.
    public var top: Int = 0
    /// Index of the quote the reader is on.
    public var currentQuote: Int?
    /// The last search, if any.
    public var search: SearchState?
    /// Where the reader was when the search prompt opened.
    public var searchOrigin: SearchOrigin?
    /// The search asked for and not yet answered.
    public var pendingSearch: PendingSearch?
    /// The search running piece by piece over a large text, if any.
    public var searchProgress: SearchProgress?
    /// The number of the latest search request.
    public var searchRequests = 0
    /// Searches run before, oldest first, for the prompt's history (kept across runs by the
    /// front end).
    public var searchHistory: [String] = []
    /// The keyboard mode.
    public var mode: Mode = .reading
    /// Which pane the keys go to.
    public var focus = Focus.article
    /// The quotes pane's selection.
    public var quotesPane = QuotesPaneModel()
    /// The quotes listed, when they are limited to a speaker's or an actor's.
    public var quoteFilter: QuoteFilter?
    /// Actors whose mentions are not highlighted, by id.
    public var hiddenActors: Set<String> = []
    /// The actor whose mentions `{` and `}` go to (an index into the lexicon's actors).
    public var currentActor: Int?
    /// The mention the reader is on (an index into the analysis's mentions).
    public var currentMention: Int?
    /// Whether the quotes pane is shown (when the terminal is wide enough).
    public var showsQuotesPane = true
    /// Whether quotes with no speaker (scare quotes, titles) are left out of the quotes pane
    /// and of quote-to-quote moves.
    public var hidesUnattributedQuotes = false
    /// Whether characters Lede repaired are marked in the article.
    public var showsRepairs = false
    /// The count and keys typed towards a command (`10`, `Esc`, `m`).
    public var keys = KeyParser()
    /// Places marked with a letter (`ma`).
    public var marks: [Character: ReadingPlace] = [:]
    /// Where the reader was before the last jump, for `''`.
    public var previousPosition: ReadingPlace?
    /// The top of the screen a new layout could not scroll to (the article ended sooner), to
    /// come back to when the next layout can, as long as the reader has not moved meanwhile.
    public var heldPlace: ReadingPlace?
    /// The first line of the help shown, when the help is longer than the screen.
    public var helpTop = 0
    /// A one-off message for the status line: the answer to the last key.
    public var message: String?
    /// What nobody asked about but should know: where the quotes pane is when opening or a
    /// resize left it anywhere but beside the article. It gives way before every other part
    /// of the status line, and the next key clears it.
    public var notice: Notice?
    /// Whether the person asked to quit.
    public var hasQuit = false

    /// The most searches the history keeps.
    public static let historyLimit = 200

    /// Creates the state of a reader opening at the top of the article.
    public init(width: Int, height: Int, searchHistory: [String] = []) {
        self.width = width
        self.height = height
        self.searchHistory = Array(searchHistory.suffix(Self.historyLimit))
    }

    /// Records `query` as the latest search, moving it from any earlier place in the history.
    mutating func remember(_ query: String) {
        searchHistory.removeAll { $0 == query }
        searchHistory.append(query)
        if searchHistory.count > Self.historyLimit { searchHistory.removeFirst(searchHistory.count - Self.historyLimit) }
    }
}
