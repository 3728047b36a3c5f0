/// Where the panes sit on the screen.
public struct ReaderGeometry: Hashable, Sendable {
    /// A rectangle of cells.
    public struct Rect: Hashable, Sendable {
        public var x: Int
        public var y: Int
        public var width: Int
        public var height: Int
    }

    /// The narrowest terminal that shows the quotes pane beside the article.
    public static let minimumWidthForQuotesPane = 70
    /// Columns left blank on each side of the article text.
    public static let articleMargin = 1

    /// The article pane.
    public var article: Rect
    /// The quotes pane, when shown.
    public var quotes: Rect?
    /// The column of the border between the panes, when the quotes pane is shown.
    public var borderColumn: Int?
    /// The status line's row.
    public var statusRow: Int
    /// Everything above the status line: where overlays such as the help are drawn.
    public var body: Rect

    /// The panes for a terminal of `width` × `height`.
    public init(width: Int, height: Int, showsQuotesPane: Bool) {
        let bodyHeight = max(0, height - 1)
        statusRow = max(0, height - 1)
        body = Rect(x: 0, y: 0, width: width, height: bodyHeight)
        if showsQuotesPane, width >= Self.minimumWidthForQuotesPane {
            let quotesWidth = min(48, max(28, width * 3 / 10))
            let articleWidth = width - quotesWidth - 1
            article = Rect(x: 0, y: 0, width: articleWidth, height: bodyHeight)
            borderColumn = articleWidth
            quotes = Rect(x: articleWidth + 1, y: 0, width: quotesWidth, height: bodyHeight)
        } else {
            article = Rect(x: 0, y: 0, width: width, height: bodyHeight)
            borderColumn = nil
            quotes = nil
        }
    }

    /// The width article text wraps to.
    public var textWidth: Int {
        max(1, article.width - 2 * Self.articleMargin)
    }
}
