import LedeKit
import Testing

/// `lede analyze --format json` of a large article, written a chunk at a time
/// (``AnalysisJSONStream``): the bytes of the joined analysis's JSON, and of the whole
/// article's where nothing crosses a chunk boundary that the chunks do not carry.
@Suite struct AnalysisJSONStreamTests {
    /// An article written for this test: a title, people introduced early and quoted by
    /// surname later, actors, a dateline after the first part, characters to repair and to
    /// escape. The mayor's given name tells her gender, so her `she` needs no text after its
    /// chunk (a person of unknown gender takes a pronoun only if the text has them speak,
    /// later text included: what no chunk can know).
    static let text = """
        Harbour Town Weighs a New Bridge

        Maria Kowalczyk, the mayor of Brindle, opened the new library on Tuesday.

        “Every child here will have a card,” she said. Officials in Moscow watched the opening.

        The town’s harbour master, Tomas Reyes, inspected the pier the same morning.

        LONDON — The ferry company answered on Friday, and Washington sent an observer.

        “The bridge will be built,” Kowalczyk said, “whatever it costs.”

        “The pier will hold through the winter,” Reyes told reporters at the Caf\u{C3}\u{A9} Nord &amp; Sons.

        A \\ backslash, a tab\there and a “quoted” word.
        """

    /// The chunks of ``text``, cut at blank lines every `size` bytes or so.
    static func chunks(_ size: Int) -> ArticleChunks {
        ArticleChunks(Array(text.utf8), firstSize: size, laterSize: size)
    }

    /// The analyses of `chunks`, each knowing the people and names of the ones before it,
    /// joined (``Analysis/append(_:)``).
    static func joined(_ chunks: ArticleChunks, explaining: Bool) -> Analysis {
        let analyzer = Analyzer()
        var joined = analyzer.analyze(bytes: chunks[0], explaining: explaining)
        for index in 1..<chunks.count {
            joined.append(analyzer.analyze(bytes: chunks[index], explaining: explaining, people: joined.people.actorByName, names: joined.names))
        }
        return joined
    }

    /// The JSON ``AnalysisJSONStream`` writes for `chunks`.
    static func streamed(_ chunks: ArticleChunks, explaining: Bool, pretty: Bool) throws -> String {
        var bytes: [UInt8] = []
        try AnalysisJSONStream.write(
            ChunkedAnalyses(chunks, analyzer: Analyzer(), explaining: explaining), file: "town.txt", explaining: explaining,
            pretty: pretty
        ) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [false, true], [false, true])
    func theStreamedJSONIsTheJoinedAnalysiss(pretty: Bool, explaining: Bool) throws {
        let chunks = Self.chunks(100)
        #expect(chunks.count >= 4)
        let joined = Self.joined(chunks, explaining: explaining)
        #expect(!joined.quotes.isEmpty && !joined.mentions.isEmpty && !joined.repairs.isEmpty)
        let expected = AnalysisJSON.encode(AnalysisDocument(joined, file: "town.txt", explaining: explaining), pretty: pretty)
        #expect(try Self.streamed(chunks, explaining: explaining, pretty: pretty) == expected)
    }

    /// Cut at its blank lines, the article streams as the whole analysis writes it: the same
    /// text (no blank line added between chunks), offsets, speakers named in full, and the
    /// dateline of the start only (`LONDON —` opens a later chunk).
    @Test(arguments: [false, true])
    func cutAtBlankLinesItIsTheWholeArticlesJSON(pretty: Bool) throws {
        let whole = Analyzer().analyze(bytes: Array(Self.text.utf8))
        let expected = AnalysisJSON.encode(AnalysisDocument(whole, file: "town.txt"), pretty: pretty)
        #expect(whole.quotes.contains { $0.attribution?.speakerName == "Maria Kowalczyk" })
        #expect(try Self.streamed(Self.chunks(200), explaining: false, pretty: pretty) == expected)
    }
}
