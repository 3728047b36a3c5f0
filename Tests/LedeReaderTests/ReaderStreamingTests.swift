import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// A large article opens at its first chunk, and the rest arrives from the background
/// analysis: the screen says how far it has got, counts say they may grow, and once it is
/// all here the reader is the one that analysed it whole would show, chunk by chunk.
@Suite struct ReaderStreamingTests {
    /// The briefing article six times over: about 5 kB.
    static let bytes = Array(Array(repeating: TestArticles.briefing, count: 6).joined(separator: "\n\n").utf8)
    /// Chunks of about 800 bytes.
    static let chunks = ArticleChunks(bytes, firstSize: 800, laterSize: 800)

    func reader() -> Reader {
        Reader(bytes: Self.bytes, analyzer: Analyzer(), fileName: "long.txt", width: 100, height: 20, chunks: Self.chunks)
    }

    /// The analysis work `effects` ask for.
    func work(_ effects: [ReaderEffect]) -> [ReaderWork] {
        effects.compactMap { if case .work(let work) = $0, work.kind == .analysis { work } else { nil } }
    }

    @Test func opensAtTheFirstChunkAndSaysHowFarItHasGot() {
        let reader = reader()
        #expect(Self.chunks.count > 4)
        #expect(reader.isStreaming)
        #expect(work(reader.backgroundWork).count == 1)
        #expect(reader.analysis.article.text.utf8.count < 1000)
        let status = reader.render().text.components(separatedBy: "\n").last ?? ""
        #expect(status.contains("(analysing \(Self.chunks.ranges[1].lowerBound * 100 / Self.bytes.count)%)"), "\(status)")
        #expect(status.contains("+ quotes"), "\(status)")
    }

    @Test func equalsWhileAnalysingTellsTheFilesSizeAndHowFarDownThatIs() {
        var reader = reader()
        reader.handle(.key(.character("=")))
        let message = reader.state.message ?? ""
        let last = min(reader.pageHeight, reader.layout.lines.count)
        let bottom = reader.analysis.article.utf8Offset(of: reader.layout.lines[last - 1].range.upperBound)
        // The whole file's bytes, not those analysed so far; the share of them, not of the
        // lines so far.
        #expect(message.hasSuffix("byte \(bottom) of \(Self.bytes.count)  \(bottom * 100 / Self.bytes.count)%"), "\(message)")
        #expect(message.contains("lines 1–\(last) of \(reader.layout.lines.count)+"), "\(message)")
    }

    @Test func theChunksArriveOneAfterTheOtherUntilTheWholeArticleIsThere() {
        var reader = reader()
        var pending = work(reader.backgroundWork)
        var arrived = 1
        var lines = reader.layout.lines.count
        while let next = pending.first {
            pending = work(reader.receive(next.run()))
            arrived += 1
            #expect(reader.layout.lines.count > lines, "chunk \(arrived) added no lines")
            lines = reader.layout.lines.count
        }
        #expect(arrived == Self.chunks.count)
        #expect(!reader.isStreaming)
        // The same as joining the chunks' analyses, laid out whole.
        let analyzer = Analyzer()
        var joined = analyzer.analyze(bytes: Self.chunks[0])
        for index in 1..<Self.chunks.count { joined.append(analyzer.analyze(bytes: Self.chunks[index], people: joined.people.actorByName, names: joined.names)) }
        #expect(reader.analysis.quotes == joined.quotes)
        #expect(reader.analysis.article.text == joined.article.text)
        let whole = Reader(analysis: joined, fileName: "long.txt", width: 100, height: 20)
        #expect(reader.layout == whole.layout)
        #expect(reader.render() == whole.render())
        let status = reader.render().text.components(separatedBy: "\n").last ?? ""
        #expect(!status.contains("+") && !status.contains("analysing"), "\(status)")
    }

    @Test func aChunkArrivingTwiceOrOutOfTurnIsDropped() throws {
        var reader = reader()
        let first = try #require(work(reader.backgroundWork).first)
        let message = first.run()
        let next = try #require(work(reader.receive(message)).first)
        let text = reader.analysis.article.text
        #expect(work(reader.receive(message)).isEmpty)
        #expect(reader.analysis.article.text == text)
        #expect(!work(reader.receive(next.run())).isEmpty)
        #expect(reader.analysis.article.text.count > text.count)
    }

    @Test func goingToTheEndSaysItIsTheEndSoFar() {
        var reader = reader()
        reader.handle(.key(.character("G")))
        #expect(reader.state.top == reader.maximumTop)
        #expect(reader.state.message == "The end so far: still analysing")
        #expect(reader.isStreaming, "G does not wait for the analysis")
    }

    @Test func aSearchCountsTheMatchesOfEachChunkAsItArrives() throws {
        var reader = reader()
        // The search runs at once (handle), on the first chunk only.
        for key in "/mediators" { reader.handle(.key(.character(key))) }
        reader.handle(.key(.enter))
        let early = try #require(reader.state.search?.matches.count)
        #expect(early >= 1)
        #expect(reader.render().text.contains("/\(early)+"))
        var pending = work(reader.backgroundWork)
        while let next = pending.first { pending = work(reader.receive(next.run())) }
        let matches = try #require(reader.state.search?.matches)
        let whole = SearchableText(text: reader.analysis.article.text)
        #expect(matches == whole.matches(of: try TextSearch("mediators")))
        #expect(matches.count == 6 * 2, "two in each copy of the briefing")
    }

    @Test func aSearchThatWrapsWhileAnalysingSaysItsCountMayGrow() throws {
        var reader = reader()
        for key in "/mediators" { reader.handle(.key(.character(key))) }
        reader.handle(.key(.enter))
        let early = try #require(reader.state.search?.matches.count)
        for _ in 0..<early { reader.handle(.key(.character("n"))) }
        #expect(reader.state.message == "Search wrapped around: mediators 1/\(early)+")
    }

    @Test func countsInMessagesAndTheLegendSayTheyMayGrow() {
        var reader = reader()
        reader.handle(.key(.character("a")))
        #expect(reader.state.message?.hasPrefix("Hiding ") == true)
        #expect(reader.state.message?.contains("+ quotes with no speaker") == true, "\(reader.state.message ?? "")")
        reader.handle(.key(.character("a")))
        #expect(reader.state.message?.hasPrefix("Showing all ") == true)
        #expect(reader.state.message?.hasSuffix("+ quotes") == true, "\(reader.state.message ?? "")")
        reader.handle(.key(.character("A")))
        let legend = reader.render().text
        #expect(legend.contains("+ mentions, "), "\(legend)")
    }

    @Test func aShortArticleOpensWholeAsBefore() {
        let bytes = Array(TestArticles.briefing.utf8)
        let reader = Reader(bytes: bytes, analyzer: Analyzer(), fileName: "b.txt", width: 100, height: 20)
        let whole = Reader(analysis: TestArticles.briefingAnalysis, fileName: "b.txt", width: 100, height: 20)
        #expect(!reader.isStreaming && reader.backgroundWork.isEmpty)
        #expect(reader.render() == whole.render())
    }
}

/// Where a large article was left last time may lie beyond its first chunk.
@Suite struct StreamingResumeTests {
    @Test func theReaderGoesBackThereWhenThatPartArrives() throws {
        var reader = ReaderStreamingTests().reader()
        let last = ReaderStreamingTests.chunks.count - 1
        // The place: the start of the last copy's title, in the whole text.
        var whole = reader
        whole.run(whole.backgroundWork)
        let titles = whole.analysis.article.text.ranges(of: "Talks in Geneva")
        let offset = whole.analysis.article.text.unicodeScalars.distance(
            from: whole.analysis.article.text.startIndex, to: try #require(titles.last).lowerBound)
        #expect(offset > reader.analysis.article.scalarCount, "the place is beyond the first chunk")
        reader.resume(at: ReadingPlace(offset: offset))
        #expect(reader.state.top == 0)
        #expect(reader.state.message?.contains("as soon as") == true)
        var pending = ReaderStreamingTests().work(reader.backgroundWork)
        while let next = pending.first { pending = ReaderStreamingTests().work(reader.receive(next.run())) }
        #expect(last > 0)
        #expect(reader.readingPlace.offset == offset)
        #expect(reader.state.message?.hasPrefix("Back where you left off") == true)
    }

    @Test func aKeyPressedMeanwhileStaysWhereTheReaderIs() {
        var whole = ReaderStreamingTests().reader()
        whole.run(whole.backgroundWork)
        var reader = ReaderStreamingTests().reader()
        reader.resume(at: ReadingPlace(offset: whole.analysis.article.scalarCount - 10))
        #expect(reader.state.heldPlace != nil)
        reader.handle(.key(.character("j")))
        var pending = ReaderStreamingTests().work(reader.backgroundWork)
        while let next = pending.first { pending = ReaderStreamingTests().work(reader.receive(next.run())) }
        #expect(reader.state.top == 1)
    }
}
