import LedeKit
import LedeReader
import Testing

/// A regular expression and a query beyond ASCII over a long text run in pieces as a literal
/// ASCII query does: the first match shows after the first pieces, the counter carries a `+`
/// until the last piece is in, and the matches are those of a search of the whole text.
@Suite struct ProgressiveRegexSearchTests {
    /// A long generated text: numbered paragraphs about a harbour, some with accented names,
    /// and a sentence split over a line break every fifth paragraph.
    static let text: String = (1...160).map { number in
        let name = number % 3 == 0 ? "José Peñalver" : "Jose Penalver"
        let split = number % 5 == 0 ? "The ferry left\nat dawn." : "The ferry left at dawn."
        return "Paragraph \(number). \(name) counted \(number * 7) boats in the harbour of Zürich. \(split)"
    }.joined(separator: "\n\n")

    static let analysis = Analyzer().analyze(bytes: Array(text.utf8))

    /// A reader of ``analysis`` that searches 300 bytes at a time.
    func reader() -> Reader {
        var reader = Reader(analysis: Self.analysis, fileName: "harbour.txt", width: 80, height: 12)
        reader.searchPieceBytes = 300
        return reader
    }

    /// The queries: regular expressions (one across a line break) and queries beyond ASCII.
    static let queries = ["\\v\\d+ boats", "\\vleft\\s+at", "\\v^Paragraph \\d*0\\.", "Peñalver", "zürich", "\u{2019}"]

    @Test(arguments: queries.dropLast())
    func theFirstMatchShowsAtOnceAndTheRestAreCountedAsTheyCome(query: String) throws {
        var reader = reader()
        let whole = SearchableText(text: Self.analysis.article.text).matches(of: try TextSearch(query))
        #expect(whole.count >= 16)
        var work = reader.typeSearch(query)
        #expect(work.count == 1)
        var pieces: Int, early: Int
        (work, pieces, early) = try reader.expectFirstMatchShownEarly(work)
        #expect(early < whole.count)
        // n and N move over the matches found so far while the rest are counted.
        reader.handle(.key(.character("n")))
        #expect(reader.state.search?.current == 1 % early)
        reader.handle(.key(.character("N")))
        #expect(reader.state.search?.current == 0)
        while let next = work.first {
            work = Reader.searchWork(in: reader.receive(next.run()))
            pieces += 1
        }
        #expect(pieces > 10)
        #expect(reader.state.search?.matches == whole)
        #expect(reader.state.search?.current == 0)
        #expect(reader.statusLine.contains("/\(query) 1/\(whole.count)"), "\(reader.statusLine)")
        #expect(!reader.statusLine.contains("1/\(whole.count)+"), "\(reader.statusLine)")
        reader.handle(.key(.character("N")))
        #expect(reader.state.search?.current == whole.count - 1)
    }

    @Test func aQueryWithoutMatchesSaysSoOnceEveryPieceIsIn() throws {
        var reader = reader()
        var work = reader.typeSearch(Self.queries.last!)
        while let next = work.first { work = Reader.searchWork(in: reader.receive(next.run())) }
        #expect(reader.state.search?.matches == [])
        #expect(reader.statusLine.contains("Pattern not found"), "\(reader.statusLine)")
    }

    @Test func aRegexPieceTakesAMatchAcrossItsLastLineBreak() throws {
        // Pieces end after a line break; a match that runs over it is found whole, once.
        let text = SearchableText(text: Self.text)
        let search = try TextSearch("\\vleft\\s+at")
        var position = TextPosition.start
        var pieced: [Range<Int>] = []
        while position.byte < Self.text.utf8.count {
            let piece = try #require(text.matches(of: search, from: position, bytes: 40))
            pieced += piece.matches
            position = piece.end
        }
        #expect(pieced == text.matches(of: search))
        #expect(pieced.count == 160)
    }
}
