import LedeKit
import Testing

/// `lede analyze` of a large article, its summary written a chunk at a time
/// (``AnalysisSummary/stream(_:file:explaining:to:)``): the summary of the joined analysis, and
/// of the whole article's where nothing crosses a chunk boundary that the chunks do not carry.
/// The article is ``AnalysisJSONStreamTests/text``.
@Suite struct AnalysisSummaryStreamTests {
    /// The summary streamed for `chunks`.
    static func streamed(_ chunks: ArticleChunks, explaining: Bool) throws -> String {
        var bytes: [UInt8] = []
        try AnalysisSummary.stream(
            ChunkedAnalyses(chunks, analyzer: Analyzer(), explaining: explaining), file: "town.txt", explaining: explaining
        ) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The summary as printed: escaped, ending in a line break.
    static func printed(_ analysis: Analysis, explaining: Bool) -> String {
        DisplayEscaping.escaped(AnalysisSummary.text(of: analysis, file: "town.txt", explaining: explaining) + "\n", keepingLineBreaks: true)
    }

    /// An article written for this test whose later chunks (cut every 100 bytes or so) open
    /// with a line that, alone, would be a headline: a body paragraph of the joined article.
    static let headlines = """
        Ferries Return to Brindle

        Maria Kowalczyk, the mayor, met the ferry crews in the harbour on Monday.

        Crews Ask for Longer Shifts

        “We can sail twice a day if the pier holds,” Tomas Reyes said on the quay.

        Council Votes on the Pier

        The council voted seven to two for the repairs, and work starts in May.
        """

    /// Every paragraph after the first chunk's is a body paragraph of the joined article, as
    /// ``Analysis/append(_:)`` makes it, whatever the chunk alone took it for.
    @Test func laterChunksCountEveryParagraph() throws {
        let chunks = ArticleChunks(Array(Self.headlines.utf8), firstSize: 100, laterSize: 100)
        #expect(chunks.count >= 3)
        let joined = AnalysisJSONStreamTests.joined(chunks, explaining: false)
        let expected = Self.printed(joined, explaining: false)
        #expect(expected.contains("5 paragraphs"))
        #expect(try Self.streamed(chunks, explaining: false) == expected)
    }

    @Test(arguments: [false, true])
    func theStreamedSummaryIsTheJoinedAnalysiss(explaining: Bool) throws {
        let chunks = AnalysisJSONStreamTests.chunks(100)
        #expect(chunks.count >= 4)
        let joined = AnalysisJSONStreamTests.joined(chunks, explaining: explaining)
        let expected = Self.printed(joined, explaining: explaining)
        #expect(expected.contains("mentions: Assad 0, Russia 1, Iran 0, United States 1"))
        #expect(expected.contains("repaired (mojibake"))
        #expect(try Self.streamed(chunks, explaining: explaining) == expected)
    }

    /// Cut at its blank lines, the article's summary streams as the whole analysis's: the
    /// title of the start, every paragraph counted (`LONDON —` opening a later chunk is no
    /// dateline there), speakers named in full.
    @Test func cutAtBlankLinesItIsTheWholeArticlesSummary() throws {
        let whole = Analyzer().analyze(bytes: Array(AnalysisJSONStreamTests.text.utf8))
        let expected = Self.printed(whole, explaining: false)
        #expect(expected.contains("title: Harbour Town Weighs a New Bridge"))
        #expect(expected.contains("Maria Kowalczyk (“Kowalczyk”)"))
        #expect(try Self.streamed(AnalysisJSONStreamTests.chunks(200), explaining: false) == expected)
    }
}
