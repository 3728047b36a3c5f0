/// The analyses of an article's chunks (``ArticleChunks``), one after the other, each knowing
/// what the chunks before it built (their people's actors and their tables of names), and
/// where it lands in the text ``Analysis/append(_:)`` would join them into: so that a large
/// article can be analysed and written out holding one chunk at a time.
public struct ChunkedAnalyses: Sequence, IteratorProtocol {
    /// One chunk's analysis and its place in the joined text.
    public struct Piece {
        /// The chunk's analysis, its offsets its own.
        public let analysis: Analysis
        /// Which chunk it is.
        public let index: Int
        /// What stands before its text in the joined text: a blank line or nothing.
        public let separator: String
        /// The scalar offset its text starts at in the joined text.
        public let scalarShift: Int
        /// The index its first paragraph has in the joined article.
        public let paragraphShift: Int
    }

    /// The article's chunks.
    private let chunks: ArticleChunks
    /// What analyses them.
    private let analyzer: Analyzer
    /// Whether each quote lists its sieves' votes and candidates.
    private let explaining: Bool
    /// The chunk analysed next.
    private var nextIndex = 0
    /// The people the chunks so far introduced, with their actors; the first chunk's actor
    /// wins, as in ``Analysis/append(_:)``.
    private var people: [String: String] = [:]
    /// The tables of names the chunks so far built.
    private var names = KnownNames()
    /// The length in scalars of the text joined so far.
    private var scalarCount = 0
    /// The paragraphs joined so far.
    private var paragraphCount = 0
    /// The article of the last chunk, whose end says what stands before the next.
    private var last: Article?

    /// The analyses of `chunks` by `analyzer` (explained when `explaining`).
    public init(_ chunks: ArticleChunks, analyzer: Analyzer, explaining: Bool = false) {
        self.chunks = chunks
        self.analyzer = analyzer
        self.explaining = explaining
    }

    /// Analyses the next chunk; the memory of its bytes goes once they are taken (a mapped
    /// file's pages).
    public mutating func next() -> Piece? {
        guard nextIndex < chunks.count else { return nil }
        let analysis = analyzer.analyze(bytes: chunks[nextIndex], explaining: explaining, people: people, names: names)
        chunks.release(nextIndex)
        // Joined as `Article.append` joins them: after a blank line when the text before has
        // none at its end.
        let separator = last.map { Article.separator(after: $0, before: analysis.article) } ?? ""
        let shift = scalarCount + separator.unicodeScalars.count
        let piece = Piece(analysis: analysis, index: nextIndex, separator: separator, scalarShift: shift, paragraphShift: paragraphCount)
        if analysis.article.scalarCount > 0 { last = analysis.article }
        scalarCount = shift + analysis.article.scalarCount
        paragraphCount += analysis.article.paragraphs.count
        people.merge(analysis.people.actorByName) { first, _ in first }
        names = analysis.names
        nextIndex += 1
        return piece
    }
}
