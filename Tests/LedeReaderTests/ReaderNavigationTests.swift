import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// Key sequences and the reader state they lead to.
@Suite struct ReaderNavigationTests {
    func reader(width: Int = 80, height: Int = 12) -> Reader {
        Reader(analysis: TestArticles.briefingAnalysis, fileName: "briefing.txt", width: width, height: height)
    }

    func press(_ keys: [Key], on reader: inout Reader) {
        for key in keys { reader.handle(.key(key)) }
    }

    @Test func lineAndPageKeysScrollWithinBounds() {
        var reader = reader()
        press([.character("j"), .down, .enter], on: &reader)
        #expect(reader.state.top == 3)
        press([.character("k")], on: &reader)
        #expect(reader.state.top == 2)
        press([.character(" ")], on: &reader)
        #expect(reader.state.top == min(2 + reader.pageHeight, reader.maximumTop))
        press([.character("G")], on: &reader)
        #expect(reader.state.top == reader.maximumTop)
        #expect(reader.maximumTop > 0)
        press([.character("j"), .pageDown], on: &reader)
        #expect(reader.state.top == reader.maximumTop)
        press([.character("g")], on: &reader)
        #expect(reader.state.top == 0)
        press([.character("k"), .pageUp], on: &reader)
        #expect(reader.state.top == 0)
        press([.character("d")], on: &reader)
        #expect(reader.state.top == reader.pageHeight / 2)
        press([.character("u")], on: &reader)
        #expect(reader.state.top == 0)
        press([.end], on: &reader)
        #expect(reader.state.top == reader.maximumTop)
        press([.home], on: &reader)
        #expect(reader.state.top == 0)
    }

    @Test func searchFindsMatchesWithSmartCaseAndWraps() {
        var reader = reader()
        press([.character("/")] + "talks".map { Key.character($0) } + [.enter], on: &reader)
        let search = try! #require(reader.state.search)
        #expect(search.matches.count == 3)  // "Talks" in the title and two "talks": lower case ignores case
        #expect(search.current == 0)
        press([.character("n"), .character("n")], on: &reader)
        #expect(reader.state.search?.current == 2)
        press([.character("n")], on: &reader)
        #expect(reader.state.search?.current == 0)
        #expect(reader.state.message?.contains("wrapped") == true)
        press([.character("N")], on: &reader)
        #expect(reader.state.search?.current == 2)
        let line = reader.layout.lineIndex(containing: reader.state.search!.matches[2].lowerBound)
        #expect((reader.state.top..<reader.state.top + reader.pageHeight).contains(line))

        press([.character("/")] + "Talks".map { Key.character($0) } + [.enter], on: &reader)
        #expect(reader.state.search?.matches.count == 1)  // a capital makes the search exact
        press([.escape, .character("u")], on: &reader)
        #expect(reader.state.search?.highlighted == false, "Esc u turns the highlight off and keeps the search")
    }

    @Test func anEmptySearchRepeatsTheLastOneFromTheNextMatch() {
        var reader = reader()
        press([.character("/")] + "talks".map { Key.character($0) } + [.enter], on: &reader)
        #expect(reader.state.search?.current == 0)
        press([.character("/"), .enter], on: &reader)
        #expect(reader.state.search?.query == "talks")
        #expect(reader.state.search?.current == 1, "as less: / and Enter go on to the next match")
        press([.character("?"), .enter], on: &reader)
        #expect(reader.state.search?.current == 0, "? and Enter repeat it backward")
        #expect(reader.state.search?.forward == false)
        press([.character("n")], on: &reader)
        #expect(reader.state.search?.current == 2, "n then goes on backward, wrapping")
    }

    @Test func searchPromptEditsAndCancels() {
        var reader = reader()
        press([.character("/"), .character("x"), .character("y"), .backspace], on: &reader)
        guard case .prompt(let prompt) = reader.state.mode else {
            Issue.record("no prompt open: \(reader.state.mode)")
            return
        }
        #expect(prompt.line == "x")
        #expect(prompt.purpose == .search(forward: true))
        press([.escape], on: &reader)
        #expect(reader.state.mode == .reading)
        #expect(reader.state.search == nil)
        press([.character("/")] + "zebra".map { Key.character($0) } + [.enter], on: &reader)
        #expect(reader.state.message == "Pattern not found: zebra")
    }

    @Test func quoteKeysWalkEveryQuoteAndStopAtTheEnds() {
        var reader = reader()
        let quotes = reader.analysis.quotes
        #expect(quotes.count == 3)
        for index in quotes.indices {
            press([.character("]")], on: &reader)
            #expect(reader.state.currentQuote == index)
            let line = reader.layout.lineIndex(containing: quotes[index].extent.lowerBound)
            #expect((reader.state.top..<reader.state.top + reader.pageHeight).contains(line))
        }
        press([.character("]")], on: &reader)
        #expect(reader.state.currentQuote == 0, "past the last quote the walk wraps around")
        #expect(reader.state.message == "Wrapped around to the first quote")
        press([.character("[")], on: &reader)
        #expect(reader.state.currentQuote == quotes.count - 1)
        #expect(reader.state.message == "Wrapped around to the last quote")
    }

    @Test func resizeRelaysOutAndKeepsThePlace() {
        var reader = reader(width: 100, height: 12)
        press([.character("G")], on: &reader)
        let firstShown = reader.layout.lines[reader.state.top].range.lowerBound
        reader.handle(.resize(width: 50, height: 20))
        #expect(reader.layout.width == reader.geometry.textWidth)
        #expect(reader.geometry.quotes == nil)
        let line = reader.layout.lines[reader.state.top]
        #expect(line.range.lowerBound <= firstShown || reader.state.top == reader.maximumTop)
        #expect(reader.layout.lines.allSatisfy { DisplayWidth.total(reader.analysis.article[$0.range]) <= 48 })
    }

    @Test func helpOpensScrollsAndAnyOtherKeyCloses() {
        var reader = reader()
        press([.character("h")], on: &reader)
        #expect(reader.state.mode == .help)
        press([.character("j")], on: &reader)
        #expect(reader.state.mode == .help, "j scrolls the help")
        press([.character("x")], on: &reader)
        #expect(reader.state.mode == .reading)
        #expect(reader.state.top == 0, "no key given to the help moved the article")
    }

    @Test func quitKeys() {
        var reader = reader()
        press([.character("q")], on: &reader)
        #expect(reader.state.hasQuit)
    }

    @Test func quotesWithNoSpeakerCanBeHidden() {
        let analysis = Analyzer().analyze(bytes: Array("""
            Headline

            The so-called “reform” passed. “It will help,” said Dana Park.

            Critics called it a “disaster”, according to Lee Wong.
            """.utf8))
        #expect(analysis.quotes.map { $0.attribution == nil } == [true, false, false])
        var reader = Reader(analysis: analysis, fileName: "t", width: 100, height: 20)
        press([.character("a")], on: &reader)
        #expect(reader.listedQuotes == [1, 2])
        #expect(reader.state.message == "Hiding 1 quote with no speaker")
        press([.character("]")], on: &reader)
        #expect(reader.state.currentQuote == 1)
        #expect(reader.render().text.contains("Quotes (2, 1 hidden)"))
        press([.character("a"), .character("[")], on: &reader)
        #expect(reader.state.currentQuote == 0)
    }
}
