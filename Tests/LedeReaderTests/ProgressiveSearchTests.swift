import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// A search over a long text already analysed shows its first match from the reading place at
/// once, and counts the rest as the pieces after it are searched (`2/40+`), as it does for
/// chunks still arriving.
@Suite struct ProgressiveSearchTests {
    /// The briefing article eight times over, analysed whole.
    static let analysis = Analyzer().analyze(bytes: Array(Array(repeating: TestArticles.briefing, count: 8).joined(separator: "\n\n").utf8))

    /// A reader of ``analysis`` that searches 400 bytes at a time.
    func reader() -> Reader {
        var reader = Reader(analysis: Self.analysis, fileName: "long.txt", width: 100, height: 20)
        reader.searchPieceBytes = 400
        return reader
    }

    @Test func theFirstMatchShowsAtOnceAndTheRestAreCountedAsTheyCome() throws {
        var reader = reader()
        var work = reader.typeSearch("mediators")
        #expect(work.count == 1)
        // The first pieces hold the first match: it is shown, and the count may grow.
        var pieces: Int
        (work, pieces, _) = try reader.expectFirstMatchShownEarly(work)
        while let next = work.first {
            work = Reader.searchWork(in: reader.receive(next.run()))
            pieces += 1
        }
        #expect(pieces > 10)
        let matches = try #require(reader.state.search?.matches)
        #expect(matches == SearchableText(text: Self.analysis.article.text).matches(of: try TextSearch("mediators")))
        #expect(reader.state.search?.current == 0)
        #expect(!reader.statusLine.contains("+"), "\(reader.statusLine)")
        #expect(reader.statusLine.contains("1/\(matches.count)"), "\(reader.statusLine)")
    }

    @Test func piecesEndAsTheWholeSearchWouldFromAnywhere() throws {
        // From the middle of the article, forward and backward: the match chosen is the one a
        // search of the whole text chooses.
        for forward in [true, false] {
            var pieces = reader()
            var whole = Reader(analysis: Self.analysis, fileName: "long.txt", width: 100, height: 20)
            for _ in 0..<9 {
                pieces.handle(.key(.character(" ")))
                whole.handle(.key(.character(" ")))
            }
            var work = pieces.typeSearch("mediators", forward: forward)
            while let next = work.first { work = Reader.searchWork(in: pieces.receive(next.run())) }
            whole.run(whole.update(.key(.character(forward ? "/" : "?"))))
            for key in "mediators" { whole.handle(.key(.character(key))) }
            whole.handle(.key(.enter))
            #expect(pieces.state.search == whole.state.search)
            #expect(pieces.render() == whole.render())
        }
    }

    @Test func aNewSearchDropsThePiecesOfTheOldOne() throws {
        var reader = reader()
        let old = try #require(reader.typeSearch("mediators").first)
        let more = Reader.searchWork(in: reader.receive(old.run()))
        #expect(more.count == 1)
        reader.handle(.key(.character("/")))
        for key in "Kerry" { reader.handle(.key(.character(key))) }
        reader.handle(.key(.enter))
        #expect(reader.state.search?.query == "Kerry")
        #expect(Reader.searchWork(in: reader.receive(try #require(more.first).run())).isEmpty)
        #expect(reader.state.search?.query == "Kerry")
    }
}
