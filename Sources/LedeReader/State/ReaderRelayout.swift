import LedeKit

/// Laying the article out anew for a new width (a resize, `P`) without freezing the key loop
/// on a large article.
///
/// An article longer than ``Reader/layoutLimit`` scalars is laid out at once only around the
/// reading place — a *window* of the whole layout, whose lines are the whole layout's from
/// its first paragraph on — and drawn; the whole layout is made in the background
/// (``ReaderWork/Kind/layout``) and takes the window's place when it comes, keeping the top
/// line. Meanwhile the status line says the lines are being counted, a scroll past either end
/// of the window lays out the paragraphs it reaches, a jump beyond it (a search match, a quote,
/// a mark, `g`, `G`) lays out a window around its target, and line numbers (`:N`, `N%`) wait.
extension Reader {
    /// The default ``layoutLimit``: about a megabyte of text, laid out in a few milliseconds.
    public static let layoutInKeyLoopLimit = 1 << 20

    /// Lines a window holds past the reading place when it is laid out, in pages (one above).
    static let windowPages = 3

    /// A chunk's analysis held back while the layout is made anew (the background work holds
    /// the article's text, which the chunk would otherwise copy to append to).
    struct HeldChunk: Sendable {
        let chunk: Int
        let analysis: Analysis
    }

    /// Wraps the article anew for the article pane’s width, keeping the top line (or the one
    /// an earlier layout could not reach, ``ReaderState/heldPlace``), and the current quote on
    /// screen (scrolling the least that shows it) when `keepingQuote`. Returns the work that
    /// makes the whole layout of a large article.
    mutating func relayout(keepingQuote: Bool) -> [ReaderEffect] {
        if geometry.quotes == nil { state.focus = .article }
        var anchor = place
        if let held = state.heldPlace {
            anchor.offset = held.offset
            anchor.onBlankLine = held.onBlankLine
        }
        var effects: [ReaderEffect] = []
        if analysis.article.scalarCount <= layoutLimit {
            layout = Self.layout(of: analysis, width: geometry.textWidth)
            pendingLayout = nil
        } else {
            layoutRequests += 1
            pendingLayout = layoutRequests
            layOutWindow(around: anchor.offset)
            let request = layoutRequests, analysis = analysis, width = geometry.textWidth
            effects.append(.work(ReaderWork(.layout) { .laidOut(request: request, Self.layout(of: analysis, width: width)) }))
        }
        let line = max(0, layout.line(of: anchor))
        state.top = min(line, maximumTop)
        state.heldPlace = line > maximumTop ? anchor : nil
        guard let quote = anchor.quote, keepingQuote else {
            scroll(to: state.top)
            return effects
        }
        let extent = analysis.quotes[quote].extent
        let first = layout.lineIndex(containing: extent.lowerBound)
        let last = layout.lineIndex(containing: max(extent.lowerBound, extent.upperBound - 1))
        if last >= state.top + pageHeight { state.top = min(first, last - pageHeight + 1) }
        if first < state.top { state.top = first }
        scroll(to: state.top)
        return effects
    }

    /// Takes in the whole layout made in the background for request `request` (an older
    /// request's is dropped): the top line stays, and a chunk held meanwhile is taken in.
    mutating func take(layout whole: ArticleLayout, request: Int) -> [ReaderEffect] {
        guard request == pendingLayout, whole.width == layout.width else { return [] }
        let top = place
        layout = whole
        pendingLayout = nil
        state.top = min(layout.line(of: top), maximumTop)
        guard let held = heldChunk else { return [] }
        heldChunk = nil
        return take(chunk: held.chunk, held.analysis)
    }

    /// Lays out a window around the text at `offset`: its paragraph, a page above it and
    /// ``windowPages`` pages below it (as far as the article goes).
    private mutating func layOutWindow(around offset: Int) {
        let article = analysis.article
        let count = article.paragraphs.count
        let index = min(max(0, count - 1), article.paragraphs.partitioningIndex { $0.range.upperBound > offset })
        layout = ArticleLayout(
            article: article, width: geometry.textWidth, details: PageDetails.line(for: analysis.page) != nil,
            paragraphs: index..<min(count, index + 1))
        let line = layout.lineIndex(containing: offset)
        state.top = line
        _ = reachLines(line - pageHeight, through: line + Self.windowPages * pageHeight)
    }

    /// While the layout is a window: lays out the paragraphs before or after it that lines
    /// `first` ... `last` (counted in the window as it is) reach, as far as the article goes;
    /// returns `first` counted in the window as it is then (``ReaderState/top`` moves with
    /// the lines put before it).
    mutating func reachLines(_ first: Int, through last: Int) -> Int {
        guard pendingLayout != nil else { return first }
        let article = analysis.article
        let count = article.paragraphs.count
        /// Paragraphs laid out at a time: a few screens of news.
        let step = 8
        while last >= layout.lines.count, layout.paragraphs.upperBound < count {
            let end = layout.paragraphs.upperBound
            layout.append(article, paragraphs: end..<min(count, end + step))
        }
        var first = first
        while first < 0, layout.paragraphs.lowerBound > 0 {
            let start = layout.paragraphs.lowerBound
            let added = layout.prepend(article, paragraphs: max(0, start - step)..<start)
            first += added
            state.top += added
        }
        return first
    }

    /// While the layout is a window: lays out a window around the text at `offset` when it
    /// lies outside this one (the top line stays where it is when the new window holds it).
    mutating func cover(offset: Int) {
        guard pendingLayout != nil, !windowHolds(offset) else { return }
        let top = place
        layOutWindow(around: offset)
        state.top = windowHolds(top.offset) ? layout.line(of: top) : layout.lineIndex(containing: offset)
    }

    /// Whether the text at `offset` is laid out (always, when the layout is whole).
    func windowHolds(_ offset: Int) -> Bool {
        guard pendingLayout != nil, !layout.paragraphs.isEmpty else { return true }
        let paragraphs = analysis.article.paragraphs
        let start = layout.paragraphs.lowerBound == 0 ? Int.min : paragraphs[layout.paragraphs.lowerBound].range.lowerBound
        let end = layout.paragraphs.upperBound < paragraphs.count ? paragraphs[layout.paragraphs.upperBound].range.lowerBound : Int.max
        return start <= offset && offset < end
    }

    /// What `:N` and `N%` say while the lines are being counted at a new width.
    static let countingLinesMessage = "Counting the lines at the new width: line numbers in a moment"
}
