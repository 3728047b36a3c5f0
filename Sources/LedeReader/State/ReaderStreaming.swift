import LedeKit

/// Opening a large article at once: the reader analyses and lays out the first chunk before
/// the first frame, and takes in the others as the background analysis reports them
/// (``ReaderMessage/analysed(chunk:_:)``), like `less` reading a long file.
extension Reader {
    /// Opens the article in `bytes` (text, not a web page): a short one analysed whole, as
    /// ``init(analysis:fileName:width:height:searchHistory:readingWidth:)`` does; a long
    /// one by its first chunk, the rest left to ``backgroundWork``.
    public init(
        bytes: [UInt8], analyzer: Analyzer, fileName: String, width: Int, height: Int, searchHistory: [String] = [],
        readingWidth: Int? = ReaderGeometry.defaultReadingWidth, chunks: ArticleChunks? = nil
    ) {
        self.init(
            chunks: chunks ?? ArticleChunks(bytes), analyzer: analyzer, fileName: fileName, width: width, height: height,
            searchHistory: searchHistory, readingWidth: readingWidth)
    }

    /// Opens the article cut into `chunks` (of an array of bytes, or of a file mapped into
    /// memory): its first chunk analysed now, the rest left to ``backgroundWork``.
    public init(
        chunks: ArticleChunks, analyzer: Analyzer, fileName: String, width: Int, height: Int, searchHistory: [String] = [],
        readingWidth: Int? = ReaderGeometry.defaultReadingWidth
    ) {
        self.init(
            analysis: analyzer.analyze(bytes: chunks.count > 0 ? chunks[0] : []), fileName: fileName, width: width,
            height: height, searchHistory: searchHistory, readingWidth: readingWidth)
        if chunks.count > 1 {
            streaming = StreamingAnalysis(
                chunks: chunks, analyzer: analyzer, next: 1, people: analysis.people.actorByName, names: analysis.names)
        }
    }

    /// The work that analyses the rest of a large article, one chunk after the other (each
    /// message asks for the next); none once the article is all here.
    public var backgroundWork: [ReaderEffect] {
        streaming.map { [$0.work] } ?? []
    }

    /// Whether the article is only partly analysed: counts and the end are not known yet.
    public var isStreaming: Bool { streaming != nil }

    /// `12` for a count that is final, `12+` while more of the article may add to it.
    func count(_ number: Int) -> String {
        isStreaming ? "\(number)+" : "\(number)"
    }

    /// The default ``searchPieceBytes``: 4 MB, searched in a few milliseconds.
    public static let searchPieceSize = 1 << 22

    /// `12` for a count of matches that is final, `12+` while the article is analysed or the
    /// search still runs over it piece by piece.
    func matchCount(_ number: Int) -> String {
        isStreaming || state.searchProgress != nil ? "\(number)+" : "\(number)"
    }

    /// `3/12` for the current match of `search` among the matches (`12+` while more may come):
    /// `-` for none, `?` while its number is not known (the pieces of the search have yet to
    /// read some of the text before the match, ``SearchSweep``).
    func matchPosition(_ search: SearchState) -> String {
        let number = search.current.map { current in
            guard let progress = state.searchProgress, search.matches[current].lowerBound >= progress.searchedFromStart else {
                return "\(current + 1)"
            }
            return "?"
        }
        return "\(number ?? "-")/\(matchCount(search.matches.count))"
    }

    /// `12 quotes` (`1 quote`) for a count that is final, `12+ quotes` while more of the article
    /// may add to it.
    func counted(_ number: Int, _ noun: String) -> String {
        isStreaming ? "\(number)+ \(noun)s" : CountedNoun.text(number, noun)
    }

    /// Takes in the analysis of chunk `chunk`: its text, paragraphs, actors and quotes are
    /// appended, laid out, and searched for the current search; returns the next chunk's work.
    mutating func take(chunk: Int, _ next: Analysis) -> [ReaderEffect] {
        guard var streaming, chunk == streaming.next else { return [] }
        guard pendingLayout == nil else {
            heldChunk = HeldChunk(chunk: chunk, analysis: next)
            return []
        }
        // The search's copy of the text would keep the text from growing in place.
        searchable = nil
        let paragraphs = analysis.article.paragraphs.count
        let length = analysis.article.scalarCount
        // Room for the whole text and its lines at once: no copy of them doubled in size as they
        // grow (a line per 16 bytes is more than any width but the narrowest needs).
        if chunk == 1 {
            analysis.reserveCapacity(streaming.totalBytes + 2 * streaming.chunks.count)
            layout.reserveCapacity(streaming.totalBytes / 16)
        }
        analysis.append(next)
        layout.append(analysis.article, paragraphs: paragraphs..<analysis.article.paragraphs.count)
        styles.append(analysis)
        // The search shown takes in the text that arrived, unless its pieces have yet to reach
        // the end of the text (they take it in there).
        if state.searchProgress?.reachedEnd ?? true, var search = state.search, let query = try? TextSearch(search.query) {
            search.matches += laterMatches(of: query, from: length)
            state.search = search
        }
        streaming.next += 1
        streaming.people = analysis.people.actorByName
        streaming.names = analysis.names
        self.streaming = streaming.next < streaming.chunks.count ? streaming : nil
        reachHeldPlace()
        return backgroundWork
    }

    /// What a step back past the first match, quote or mention says while the article is
    /// analysed: wrapping around would go to the last one found so far, which is not the last
    /// (`less` waits for the end of the file there; the reader stays and says why).
    static func lastNotKnown(_ noun: String) -> String {
        "Still analysing: the last \(noun) is not known yet"
    }

    /// Whether `place`, where the article was left last time, lies beyond the text analysed so
    /// far: then the reader goes there when the text arrives, unless the person moves first.
    mutating func holdsForLater(_ place: ReadingPlace) -> Bool {
        guard isStreaming, place.offset >= analysis.article.scalarCount else { return false }
        state.heldPlace = ReadingPlace(offset: place.offset, onBlankLine: place.onBlankLine)
        state.message = Self.holdingMessage
        return true
    }

    /// What the status line says while the place where the article was left has not arrived.
    static let holdingMessage = "Going back where you left off as soon as that part is read (a key stays here)"

    /// Scrolls to the place held (``ReaderState/heldPlace``: where the article was left, or
    /// the top a resize could not reach) once the text there has arrived.
    private mutating func reachHeldPlace() {
        guard let held = state.heldPlace, held.offset < analysis.article.scalarCount else { return }
        let line = layout.line(of: held)
        state.top = min(line, maximumTop)
        guard line <= maximumTop else { return }
        state.heldPlace = nil
        if state.message == Self.holdingMessage {
            state.previousPosition = ReadingPlace(offset: 0)
            state.message = "Back where you left off ('' for the start)"
        }
    }

    /// The matches of `search` in the text from scalar `offset` on (text that arrived after
    /// the search ran), in text order.
    func laterMatches(of search: TextSearch, from offset: Int) -> [Range<Int>] {
        let article = analysis.article
        guard offset < article.scalarCount else { return [] }
        let text = article.text
        let rest = String(text[text.utf8.index(text.startIndex, offsetBy: article.utf8Offset(of: offset))...])
        return SearchableText(text: rest).matches(of: search).map { $0.lowerBound + offset..<$0.upperBound + offset }
    }
}
