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

    /// The search work `effects` ask for.
    func searches(_ effects: [ReaderEffect]) -> [ReaderWork] {
        effects.compactMap { if case .work(let work) = $0, work.kind == .search { work } else { nil } }
    }

    /// Types `query` after `/` (or `?`) and Enter; returns the search work asked for.
    func search(_ query: String, forward: Bool = true, in reader: inout Reader) -> [ReaderWork] {
        var work: [ReaderWork] = []
        for key in (forward ? "/" : "?") + query { work = searches(reader.update(.key(.character(key)))) }
        return searches(reader.update(.key(.enter)))
    }

    func statusLine(_ reader: Reader) -> String {
        reader.render().text.components(separatedBy: "\n").last ?? ""
    }

    @Test func theFirstMatchShowsAtOnceAndTheRestAreCountedAsTheyCome() throws {
        var reader = reader()
        var work = search("mediators", in: &reader)
        #expect(work.count == 1)
        work = searches(reader.receive(try #require(work.first).run()))
        // The first pieces hold the first match: it is shown, and the count may grow.
        var pieces = 1
        while reader.state.search?.current == nil, let next = work.first {
            work = searches(reader.receive(next.run()))
            pieces += 1
        }
        #expect(reader.state.search?.current == 0)
        #expect(work.count == 1, "more pieces to search")
        let early = try #require(reader.state.search?.matches.count)
        #expect(statusLine(reader).contains("1/\(early)+"), "\(statusLine(reader))")
        while let next = work.first {
            work = searches(reader.receive(next.run()))
            pieces += 1
        }
        #expect(pieces > 10)
        let matches = try #require(reader.state.search?.matches)
        #expect(matches == SearchableText(text: Self.analysis.article.text).matches(of: try TextSearch("mediators")))
        #expect(reader.state.search?.current == 0)
        #expect(!statusLine(reader).contains("+"), "\(statusLine(reader))")
        #expect(statusLine(reader).contains("1/\(matches.count)"), "\(statusLine(reader))")
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
            var work = search("mediators", forward: forward, in: &pieces)
            while let next = work.first { work = searches(pieces.receive(next.run())) }
            whole.run(whole.update(.key(.character(forward ? "/" : "?"))))
            for key in "mediators" { whole.handle(.key(.character(key))) }
            whole.handle(.key(.enter))
            #expect(pieces.state.search == whole.state.search)
            #expect(pieces.render() == whole.render())
        }
    }

    @Test func aNewSearchDropsThePiecesOfTheOldOne() throws {
        var reader = reader()
        let old = try #require(search("mediators", in: &reader).first)
        let more = searches(reader.receive(old.run()))
        #expect(more.count == 1)
        reader.handle(.key(.character("/")))
        for key in "Kerry" { reader.handle(.key(.character(key))) }
        reader.handle(.key(.enter))
        #expect(reader.state.search?.query == "Kerry")
        #expect(searches(reader.receive(try #require(more.first).run())).isEmpty)
        #expect(reader.state.search?.query == "Kerry")
    }
}
