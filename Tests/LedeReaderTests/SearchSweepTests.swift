import LedeKit
import LedeReader
import Testing

/// A search over a long text runs its pieces from the line at the top of the screen (`SearchSweep`):
/// forward to the end, then from the start back to there; backward to the start, then from
/// the end back to there. Far down the text its match shows after the pieces between the
/// screen and the match, not after all those before the screen; once every piece is in, it has
/// the matches and the choice of a whole search.
@Suite struct SearchSweepTests {
    /// 300 short paragraphs, `ferry` in every tenth of the first 250 (the 5th, 15th, …, 245th):
    /// about 22 kB.
    static let analysis = Analyzer().analyze(bytes: Array((1...300).map { number in
        number % 10 == 5 && number < 250
            ? "Paragraph \(number): the ferry left the harbour before the council met."
            : "Paragraph \(number): the council met again to vote on the harbour plan."
    }.joined(separator: "\n\n").utf8))

    /// A reader of ``analysis`` 20 lines high that searches 400 bytes at a time, scrolled down
    /// `pages` pages.
    func reader(pages: Int) -> Reader {
        var reader = Reader(analysis: Self.analysis, fileName: "long.txt", width: 100, height: 20)
        reader.searchPieceBytes = 400
        for _ in 0..<pages { reader.handle(.key(.character(" "))) }
        return reader
    }

    /// The same reader searching the whole text at once.
    func wholeReader(pages: Int) -> Reader {
        var reader = reader(pages: pages)
        reader.searchPieceBytes = Int.max
        return reader
    }

    /// Takes in every piece `work` asks for, counting those taken until a match was shown, and
    /// keeping the status line then.
    func takeAll(_ work: [ReaderWork], into reader: inout Reader) -> (piecesUntilShown: Int, pieces: Int, statusWhenShown: String) {
        var work = work, pieces = 0, untilShown = 0, status = ""
        while let next = work.first {
            work = Reader.searchWork(in: reader.receive(next.run()))
            pieces += 1
            if untilShown == 0, reader.state.search?.current != nil {
                untilShown = pieces
                status = reader.statusLine
            }
        }
        return (untilShown, pieces, status)
    }

    /// The first piece a search from 20 pages down reads.
    func firstPiece(forward: Bool) throws -> (outcome: SearchOutcome, sweep: SearchSweep, top: Int) {
        var reader = reader(pages: 20)
        let top = reader.readingPlace.offset
        #expect(top > 10_000)
        let work = try #require(reader.typeSearch("ferry", forward: forward).first)
        guard case .searched(let outcome) = work.run() else { throw PieceError.noOutcome }
        return (outcome, try #require(outcome.sweep), top)
    }

    enum PieceError: Error { case noOutcome }

    @Test func aForwardSearchStartsAtTheLineOnTopOfTheScreen() throws {
        let (outcome, sweep, top) = try firstPiece(forward: true)
        #expect(sweep.origin.scalar <= top && sweep.origin.scalar > top - 100, "\(sweep), top \(top)")
        #expect(outcome.range.lowerBound == sweep.origin.scalar && outcome.range.upperBound > top)
        #expect(!sweep.wrapped && sweep.forward)
        #expect(outcome.matches.allSatisfy { outcome.range.contains($0.lowerBound) })
    }

    @Test func aBackwardSearchEndsItsFirstPieceWithTheLineOnTopOfTheScreen() throws {
        let (outcome, sweep, top) = try firstPiece(forward: false)
        #expect(sweep.origin.scalar > top && sweep.origin.scalar < top + 100, "\(sweep), top \(top)")
        #expect(outcome.range.upperBound == sweep.origin.scalar && outcome.range.lowerBound < top)
        #expect(!sweep.wrapped && !sweep.forward)
        #expect(outcome.matches.allSatisfy { outcome.range.contains($0.lowerBound) })
    }

    @Test func farDownTheMatchShowsAfterThePiecesBetweenScreenAndMatch() throws {
        var reader = reader(pages: 20)
        var whole = wholeReader(pages: 20)
        let (untilShown, pieces, status) = takeAll(reader.typeSearch("ferry"), into: &reader)
        #expect(untilShown <= 3, "shown after \(untilShown) of \(pieces) pieces")
        #expect(pieces > 40)
        // Its number waits for the pieces before the screen; the count grows meanwhile.
        #expect(status.contains("/ferry ?/") && status.contains("+"), "\(status)")
        #expect(!reader.statusLine.contains("?/") && !reader.statusLine.contains("+"), "\(reader.statusLine)")
        whole.run(whole.typeSearch("ferry").map { .work($0) })
        #expect(reader.state.search == whole.state.search)
        #expect(reader.render() == whole.render())
    }

    @Test func pastTheLastMatchTheSearchWrapsToTheFirst() throws {
        // The last page: no `ferry` below, so the first match of the text is shown once the
        // pieces from the screen to the end and the first from the start are in.
        var reader = reader(pages: 200)
        var whole = wholeReader(pages: 200)
        let (untilShown, pieces, status) = takeAll(reader.typeSearch("ferry"), into: &reader)
        #expect(untilShown < pieces, "shown after \(untilShown) of \(pieces) pieces")
        // The first match of the text is known to be the first as soon as it is found.
        #expect(status.contains("ferry 1/"), "\(status)")
        #expect(reader.state.search?.current == 0)
        whole.run(whole.typeSearch("ferry").map { .work($0) })
        #expect(reader.state.search == whole.state.search)
        #expect(reader.state.message == whole.state.message)
        #expect(reader.statusLine.contains("ferry 1/25"), "\(reader.statusLine)")
    }

    @Test func aMatchShownBeforeTheWrapKeepsItsPlaceAsEarlierOnesArrive() throws {
        var reader = reader(pages: 20)
        _ = takeAll(reader.typeSearch("ferry"), into: &reader)
        let search = try #require(reader.state.search)
        let current = try #require(search.current)
        // Every match before the one shown is one of the text before it.
        #expect(search.matches[..<current].allSatisfy { $0.upperBound <= search.matches[current].lowerBound })
        #expect(search.matches == SearchableText(text: Self.analysis.article.text).matches(of: try TextSearch("ferry")))
        #expect(search.matches.count == 25)
    }

    @Test func farDownABackwardMatchShowsAfterThePiecesBetweenScreenAndMatch() throws {
        var reader = reader(pages: 20)
        var whole = wholeReader(pages: 20)
        let (untilShown, pieces, status) = takeAll(reader.typeSearch("ferry", forward: false), into: &reader)
        #expect(untilShown <= 3, "shown after \(untilShown) of \(pieces) pieces")
        #expect(pieces > 40)
        #expect(status.contains("?ferry ?/") && status.contains("+"), "\(status)")
        whole.run(whole.typeSearch("ferry", forward: false).map { .work($0) })
        #expect(reader.state.search == whole.state.search)
        #expect(reader.render() == whole.render())
    }

    @Test func beforeTheFirstMatchABackwardSearchWrapsToTheLast() throws {
        // The top: no `ferry` above, so the last match of the text is shown once the pieces
        // from the end back to it are in.
        var reader = reader(pages: 0)
        var whole = wholeReader(pages: 0)
        let (untilShown, pieces, _) = takeAll(reader.typeSearch("ferry", forward: false), into: &reader)
        #expect(untilShown < pieces, "shown after \(untilShown) of \(pieces) pieces")
        #expect(reader.state.search?.current == 24)
        whole.run(whole.typeSearch("ferry", forward: false).map { .work($0) })
        #expect(reader.state.search == whole.state.search)
        #expect(reader.state.message == whole.state.message)
        #expect(reader.statusLine.contains("ferry 25/25"), "\(reader.statusLine)")
    }

    @Test func everyPlaceAndDirectionEndsAsTheWholeSearch() throws {
        for pages in [0, 3, 11, 27, 200] {
            for forward in [true, false] {
                var reader = reader(pages: pages)
                var whole = wholeReader(pages: pages)
                _ = takeAll(reader.typeSearch("ferry", forward: forward), into: &reader)
                whole.run(whole.typeSearch("ferry", forward: forward).map { .work($0) })
                #expect(reader.state.search == whole.state.search, "\(pages) pages, forward \(forward)")
                #expect(reader.render() == whole.render(), "\(pages) pages, forward \(forward)")
            }
        }
    }
}
