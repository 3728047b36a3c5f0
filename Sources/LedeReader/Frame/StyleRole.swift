/// A semantic style: what a piece of the screen *is*, not how it looks.
///
/// Themes map roles to colours and attributes. A cell carries a ``CellStyle``, a stack of
/// roles applied in order, so that an actor's name inside a quote that is also a search
/// match is drawn with all three.
public enum StyleRole: Hashable, Sendable {
    /// Body text of the article.
    case text
    /// The article's title.
    case title
    /// A mention of an actor; `index` is the actor's position in the lexicon, used to pick a
    /// palette colour when the theme names no style for `id`.
    case actor(id: String, index: Int)
    /// Text inside a direct quote.
    case quote
    /// Text of the quote the reader is on.
    case quoteCurrent
    /// A speaker's name in the quotes pane.
    case speaker
    /// Every match of the current search.
    case searchMatch
    /// The match the reader is on.
    case searchCurrent
    /// Pane borders.
    case paneBorder
    /// Pane titles.
    case paneTitle
    /// The selected entry of a list pane.
    case paneSelection
    /// A note in a pane about an entry: a partial quote, a quote with no speaker.
    case paneNote
    /// The status line.
    case status
    /// Key names shown in the status line or help.
    case statusKey
    /// The help overlay.
    case help
    /// A character Lede repaired (shown only on request).
    case repaired

    /// The key under which a theme file styles this role (`actor.<id>` for actors).
    public var themeKey: String {
        switch self {
        case .text: "text"
        case .title: "title"
        case .actor(let id, _): Self.actorKeyPrefix + id
        case .quote: "quote"
        case .quoteCurrent: "quote.current"
        case .speaker: "speaker"
        case .searchMatch: "search.match"
        case .searchCurrent: "search.current"
        case .paneBorder: "pane.border"
        case .paneTitle: "pane.title"
        case .paneSelection: "pane.selection"
        case .paneNote: "pane.note"
        case .status: "status"
        case .statusKey: "status.key"
        case .help: "help"
        case .repaired: "repaired"
        }
    }

    /// Every role but the actors', in the order theme files list them: the one list of the
    /// style keys a theme must define or inherit (each role's ``themeKey``).
    public static let fixedRoles: [StyleRole] = [
        .text, .title, .quote, .quoteCurrent, .speaker, .searchMatch, .searchCurrent,
        .paneBorder, .paneTitle, .paneSelection, .paneNote, .status, .statusKey, .help, .repaired,
    ]

    /// Every theme key of a fixed role (actor roles excluded), for validating theme files.
    public static let fixedThemeKeys: [String] = fixedRoles.map(\.themeKey)

    /// The prefix of an actor's theme key (`actor.russia`).
    public static let actorKeyPrefix = "actor."
}
