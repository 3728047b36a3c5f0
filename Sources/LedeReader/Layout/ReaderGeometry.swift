/// Where the panes sit on the screen.
///
/// Three arrangements, by the terminal's width: from ``minimumWidthBeside`` columns the
/// quotes pane stands beside the article; from ``minimumWidthForQuotesPane`` (with
/// ``minimumHeightForSplit`` rows) it moves under the article, below a rule; narrower or
/// shorter, it is not shown and the status line says why. Under ``minimumReadableWidth`` ×
/// ``minimumReadableHeight`` no line of the article can be read: a notice says the terminal
/// is too small, over the status line.
public struct ReaderGeometry: Hashable, Sendable {
    /// A rectangle of cells.
    public struct Rect: Hashable, Sendable {
        public var x: Int
        public var y: Int
        public var width: Int
        public var height: Int
    }

    /// Where the quotes pane is.
    public enum QuotesPlace: Hashable, Sendable {
        /// Right of the article, past a vertical rule.
        case beside
        /// Under the article, past a horizontal rule.
        case below
        /// Not shown: hidden by the reader, or no room for it.
        case none
    }

    /// The narrowest terminal that shows the quotes pane beside the article.
    public static let minimumWidthBeside = 81
    /// The narrowest terminal that shows the quotes pane at all (under the article).
    public static let minimumWidthForQuotesPane = 60
    /// The fewest rows that show the quotes pane under the article.
    public static let minimumHeightForSplit = 16
    /// Columns left blank on each side of the article text.
    public static let articleMargin = 1
    /// The reading width when none is asked for: a comfortable measure of text, reached
    /// only on wide terminals.
    public static let defaultReadingWidth = 100
    /// The narrowest terminal anything is drawn on.
    public static let minimumReadableWidth = 20
    /// The fewest rows anything is drawn on: a line of text and the status line.
    public static let minimumReadableHeight = 3

    /// The article pane.
    public var article: Rect
    /// The quotes pane, when shown.
    public var quotes: Rect?
    /// Where the quotes pane is.
    public var quotesPlace: QuotesPlace
    /// The column of the border between the panes, when the quotes pane is beside.
    public var borderColumn: Int?
    /// The row of the border between the panes, when the quotes pane is below.
    public var borderRow: Int?
    /// The status line's row.
    public var statusRow: Int
    /// Everything above the status line: where overlays such as the help are drawn.
    public var body: Rect
    /// The width article text wraps to.
    public var textWidth: Int
    /// The column the article text starts at: centred in the article pane when the reading
    /// width leaves room on both sides.
    public var textColumn: Int
    /// Whether the terminal is too small to read anything in.
    public var isTooSmall: Bool

    /// The panes for a terminal of `width` × `height`; article text at most `readingWidth`
    /// columns wide (`nil`: the pane's width). A quotes pane under the article takes at most
    /// `quotesRows` rows (`nil`: two fifths of the screen), so that one with nothing to list
    /// leaves the rest to the article.
    public init(width: Int, height: Int, showsQuotesPane: Bool, readingWidth: Int? = defaultReadingWidth, quotesRows: Int? = nil) {
        let bodyHeight = max(0, height - 1)
        statusRow = max(0, height - 1)
        body = Rect(x: 0, y: 0, width: width, height: bodyHeight)
        isTooSmall = width < Self.minimumReadableWidth || height < Self.minimumReadableHeight
        borderColumn = nil
        borderRow = nil
        if showsQuotesPane, width >= Self.minimumWidthBeside {
            let quotesWidth = min(48, max(28, width * 3 / 10))
            let articleWidth = width - quotesWidth - 1
            article = Rect(x: 0, y: 0, width: articleWidth, height: bodyHeight)
            borderColumn = articleWidth
            quotes = Rect(x: articleWidth + 1, y: 0, width: quotesWidth, height: bodyHeight)
            quotesPlace = .beside
        } else if showsQuotesPane, width >= Self.minimumWidthForQuotesPane, height >= Self.minimumHeightForSplit {
            let quotesHeight = min(bodyHeight * 2 / 5, quotesRows ?? .max)
            let articleHeight = bodyHeight - quotesHeight - 1
            article = Rect(x: 0, y: 0, width: width, height: articleHeight)
            borderRow = articleHeight
            quotes = Rect(x: 0, y: articleHeight + 1, width: width, height: quotesHeight)
            quotesPlace = .below
        } else {
            article = Rect(x: 0, y: 0, width: width, height: bodyHeight)
            quotes = nil
            quotesPlace = .none
        }
        let room = max(1, article.width - 2 * Self.articleMargin)
        textWidth = min(room, max(1, readingWidth ?? room))
        textColumn = article.x + Self.articleMargin + (room - textWidth) / 2
    }
}
