import LedeKit

#if os(Linux)
/// glibc's `malloc_trim` (not in the Glibc module): gives the free memory of every heap back.
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
#endif

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
        return .work(ReaderWork(.analysis) {
            let bytes = chunks[index]
            // The mapped file's pages of this chunk are not read again: the analysis has the text.
            chunks.release(index)
            let analysis = analyzer.analyze(bytes: bytes, people: people)
            #if os(Linux)
            // The chunk's working memory, freed by now, goes back to the system rather than
            // staying with this thread's heap between chunks.
            _ = mallocTrim(0)
            #endif
            return .analysed(chunk: index, analysis)
        })
    }
}
