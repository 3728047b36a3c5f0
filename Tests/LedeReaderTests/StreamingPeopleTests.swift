import LedeKit
import LedeReader
import Testing

/// A person an earlier chunk introduces with an actor is that actor's in the later chunks too:
/// the reader's chunked analysis names the same people as the article analysed whole.
@Suite struct StreamingPeopleTests {
    /// An article written for this test: the first paragraphs introduce Marta Kovalenko by her
    /// post, the later ones (in another chunk) name her by surname only.
    static let text = """
        Ferry talks resume on the island

        Marta Kovalenko, a spokeswoman for the Russian Foreign Ministry, said the talks would go on.

        The harbour master counted the boats again and found two missing from the list.

        Kovalenko said the delegation would stay another week.

        “We are patient people,” Kovalenko said on Friday.

        Reporters waited at the pier until the evening boat left.
        """
    static let bytes = Array(text.utf8)
    /// The introduction in the first chunk, the surname alone in the later ones.
    static let chunks = ArticleChunks(bytes, firstSize: 120, laterSize: 60)

    /// The reader on the article, every chunk taken in.
    func streamedReader() -> Reader {
        var reader = Reader(bytes: Self.bytes, analyzer: Analyzer(), fileName: "ferry.txt", width: 80, height: 20, chunks: Self.chunks)
        var pending = reader.backgroundWork
        while let effect = pending.first {
            guard case .work(let work) = effect else { break }
            pending = reader.receive(work.run())
        }
        return reader
    }

    /// Each mention as its actor and the words it covers.
    func named(_ analysis: Analysis) -> [String] {
        analysis.mentions.map { "\($0.actorID): \(analysis.article[$0.range])" }
    }

    @Test func aSurnameInALaterChunkIsItsPersonsActorAsInTheWholeArticle() throws {
        let introduction = try #require(Self.text.utf8.firstRange(of: "Kovalenko said the".utf8))
        #expect(Self.chunks.count >= 3)
        #expect(Self.chunks.ranges[0].upperBound <= Self.text.utf8.distance(from: Self.text.utf8.startIndex, to: introduction.lowerBound),
                "the surname alone is in a later chunk")
        let reader = streamedReader()
        #expect(!reader.isStreaming)
        let whole = Analyzer().analyze(bytes: Self.bytes)
        #expect(named(whole).count { $0 == "russia: Kovalenko" } == 2)
        #expect(named(reader.analysis) == named(whole))
        // The quotation's speaker takes her actor too.
        let quote = try #require(reader.analysis.quotes.first { reader.analysis.article[$0.range].contains("patient") })
        #expect(quote.attribution?.actorID == "russia")
    }
}
