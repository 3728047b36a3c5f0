import CHeap
import LedeKit

/// The chunks of a large article the reader has still to analyse, and the work that
/// analyses the next one (see ``ArticleChunks``).
public struct StreamingAnalysis: Sendable {
    /// The article's chunks.
    let chunks: ArticleChunks
    /// What analyses them.
    let analyzer: Analyzer
    /// The chunk analysed next.
    public internal(set) var next: Int
    /// The people the chunks so far introduced, each with their actor: the next chunk names
    /// them as the article analysed whole does (``PersonActors/actorByName``).
    var people: [String: String] = [:]
    /// The tables of names the chunks so far built: the next chunk gives a surname the full
    /// name an earlier chunk wrote (``Analysis/names``).
    var names = KnownNames()

    /// The bytes analysed so far, out of ``totalBytes``.
    public var analysedBytes: Int { next < chunks.count ? chunks.ranges[next].lowerBound : chunks.byteCount }
    /// The article's size in bytes.
    public var totalBytes: Int { chunks.byteCount }
    /// How much of the article is analysed, in percent (rounded down, so 100 only at the end).
    public var percent: Int { totalBytes == 0 ? 100 : analysedBytes * 100 / totalBytes }

    /// The work that analyses chunk ``next``; it reports ``ReaderMessage/analysed(chunk:_:)``.
    var work: ReaderEffect {
        let index = next
        let chunks = chunks
        let analyzer = analyzer
        let people = people
        let names = names
        return .work(ReaderWork(.analysis) {
            let bytes = chunks[index]
            // The mapped file's pages of this chunk are not read again: the analysis has the text.
            chunks.release(index)
            let analysis = analyzer.analyze(bytes: bytes, people: people, names: names)
            // The chunk's working memory, freed by now, goes back to the system rather than
            // staying with this thread's heap between chunks.
            lede_release_free_heap()
            return .analysed(chunk: index, analysis)
        })
    }
}
