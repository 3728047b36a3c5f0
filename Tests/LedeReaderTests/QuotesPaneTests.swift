import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// Walking quotes from where one reads, and the quotes pane with the keys' focus.
@Suite struct QuotesPaneTests {
    func reader(width: Int = 100, height: Int = 8) -> Reader {
        Reader(analysis: TestArticles.briefingAnalysis, fileName: "briefing.txt", width: width, height: height)
    }

    func press(_ keys: [Key], on reader: inout Reader) {
        for key in keys { reader.handle(.key(key)) }
    }

    /// Whether every line of quote `index` is on screen.
    func wholeQuoteShown(_ reader: Reader, _ index: Int) -> Bool {
        let extent = reader.analysis.quotes[index].extent
        let first = reader.layout.lineIndex(containing: extent.lowerBound)
        let last = reader.layout.lineIndex(containing: extent.upperBound - 1)
        return first >= reader.state.top && last < reader.state.top + reader.pageHeight
    }

    @Test func theNextQuoteIsTheFirstAfterTheReadingPosition() {
        var reader = reader()
        let quotes = reader.analysis.quotes
        // Scroll until the first quote is above the screen: `]` goes to the next one below,
        // not back to the first.
        let secondLine = reader.layout.lineIndex(containing: quotes[1].extent.lowerBound)
        press(Array(repeating: .character("j"), count: secondLine), on: &reader)
        #expect(reader.layout.lineIndex(containing: quotes[0].extent.upperBound - 1) < reader.state.top)
        press([.character("]")], on: &reader)
        #expect(reader.state.currentQuote == 1)
        press([.character("g"), .character("G"), .character("[")], on: &reader)
        #expect(reader.state.currentQuote == quotes.count - 1, "from the bottom, [ is the last quote above")
    }

    @Test func aQuoteIsShownWhole() {
        var reader = reader(width: 40, height: 6)
        for index in reader.analysis.quotes.indices {
            press([.character("]")], on: &reader)
            #expect(reader.state.currentQuote == index)
            #expect(wholeQuoteShown(reader, index), "quote \(index) is cut at 40×6")
        }
    }

    @Test func scrollingAwayLetsTheSelectionFollow() {
        var reader = reader()
        press([.character("]")], on: &reader)
        #expect(reader.state.quotesPane.selection == 0)
        press([.character("G")], on: &reader)
        let onScreen = reader.analysis.quotes.indices.filter { wholeQuoteShown(reader, $0) }
        #expect(reader.state.currentQuote == onScreen.first)
        // With no quote on screen, the last one above it stays selected.
        #expect(reader.state.quotesPane.selection == (reader.state.currentQuote ?? reader.analysis.quotes.indices.last))
    }

    @Test func tabFocusesThePaneWhereJAndKSelectAndEnterGoes() {
        var reader = reader()
        press([.tab], on: &reader)
        #expect(reader.state.focus == .quotes)
        #expect(reader.state.quotesPane.selection == 0)
        press([.character("j"), .character("j")], on: &reader)
        #expect(reader.state.quotesPane.selection == 2)
        #expect(reader.state.top == 0, "j selects in the pane; the article stays")
        press([.enter], on: &reader)
        #expect(reader.state.focus == .article)
        #expect(reader.state.currentQuote == 2)
        #expect(wholeQuoteShown(reader, 2))
    }

    @Test func theStatusLineCountsThePanesSelection() {
        var reader = reader(width: 160)
        press([.tab, .character("j"), .character("j")], on: &reader)
        let total = reader.listedQuotes.count
        let speaker = reader.analysis.quotes[2].attribution?.speakerName ?? "no speaker"
        #expect(reader.statusLine.contains("quote 3/\(total): \(speaker)"), "\(reader.statusLine)")
    }

    @Test func escapeLeavesThePaneWithoutMoving() {
        var reader = reader()
        press([.tab, .character("j"), .character("j"), .escape], on: &reader)
        #expect(reader.state.focus == .article)
        #expect(reader.state.top == 0)
        #expect(reader.state.currentQuote == nil)
    }

    @Test func theFocusStaysOnTheArticleWithNoPane() {
        var reader = reader(width: 50)
        press([.tab], on: &reader)
        #expect(reader.state.focus == .article)
        #expect(reader.state.message == "Too narrow for the quotes pane")
    }

    @Test func partialQuotesAndQuotesWithoutASpeakerAreMarked() {
        let analysis = Analyzer().analyze(bytes: Array("""
            Headline

            The minister called the plan “unworkable” on Monday. She was a guest on “Morning Desk” later.
            """.utf8))
        var reader = Reader(analysis: analysis, fileName: "x.txt", width: 100, height: 12)
        let text = reader.render().text
        #expect(text.contains("partial"), "\(text)")
        #expect(text.contains("no speaker"), "\(text)")
        // The note is drawn in its own style.
        let frame = reader.render()
        let noted = (0..<frame.height).contains { row in (0..<frame.width).contains { frame[$0, row].style.contains(.paneNote) } }
        #expect(noted)
        reader.handle(.key(.tab))
        #expect(reader.render().text.contains("j k Enter Esc"), "the focused pane says which keys work")
    }
}

/// The text a quote is copied as, and the copy's effect.
@Suite struct CopyQuoteTests {
    private func quotes(_ body: String) -> Analysis {
        Analyzer().analyze(bytes: Array("Headline\n\n\(body)".utf8))
    }

    @Test func theSpeakersNameThenTheWordsThatSayMore() {
        let analysis = quotes("Iran’s foreign minister called the talks “useful”.\n\nLater, Iranian foreign minister Mohammad Javad Zarif met the envoy.")
        #expect(QuoteCitationProbe.text(analysis, 0) == "“useful” — Mohammad Javad Zarif, Iran’s foreign minister")
    }

    @Test func aPronounOrTheNameAgainSaysNothingMore() {
        let analysis = quotes("Ana Ruiz runs the shelter. “We were lucky,” she said. “We are ready,” said Ana Ruiz.")
        #expect(QuoteCitationProbe.text(analysis, 0) == "“We were lucky,” — Ana Ruiz")
        #expect(QuoteCitationProbe.text(analysis, 1) == "“We are ready,” — Ana Ruiz")
    }

    @Test func aPhraseMadeOfTheNamesOwnWordsSaysNothingMore() {
        let analysis = quotes(
            "A senior port official said the cranes were idle. “We are waiting for parts,” the official said.")
        #expect(QuoteCitationProbe.text(analysis, 0) == "“We are waiting for parts,” — A senior port official")
    }

    @Test func aQuoteWithNoSpeakerIsCopiedAlone() {
        let analysis = quotes("She was a guest on “Morning Desk” this week.")
        #expect(QuoteCitationProbe.text(analysis, 0) == "“Morning Desk”")
    }

    @Test func cAsksTheFrontEndToCopyTheCurrentQuote() {
        var reader = Reader(analysis: TestArticles.briefingAnalysis, fileName: "b.txt", width: 100, height: 10)
        reader.handle(.key(.character("]")))
        let effects = reader.update(.key(.character("c")))
        guard case .copyToClipboard(let text)? = effects.first else {
            Issue.record("no copy asked for: \(effects)")
            return
        }
        #expect(text.hasPrefix("“We came here in good faith"))
        #expect(text.hasSuffix("— Maria Keller"))
        reader.receive(.copied(true))
        #expect(reader.state.message == "Copied the quote to the clipboard")
        reader.receive(.copied(false))
        #expect(reader.state.message?.contains("OSC 52") == true)
    }

    @Test func withNoCurrentQuoteTheQuoteMarkedInThePaneIsCopied() {
        var reader = Reader(analysis: TestArticles.briefingAnalysis, fileName: "b.txt", width: 120, height: 30)
        #expect(reader.state.currentQuote == nil)
        #expect(reader.state.quotesPane.selection == 0, "the pane marks the first quote on screen")
        guard case .copyToClipboard(let text)? = reader.update(.key(.character("c"))).first else {
            Issue.record("no copy asked for, though the pane marks a quote")
            return
        }
        #expect(text.hasPrefix("“We came here in good faith"))
        #expect(text.hasSuffix("— Maria Keller"))
    }

    @Test(arguments: [("hidden by P", 120), ("too narrow", 40)])
    func withNoCurrentQuoteAndNoPaneNothingIsCopied(pane: String, width: Int) {
        var reader = Reader(analysis: TestArticles.briefingAnalysis, fileName: "b.txt", width: width, height: 30)
        if width >= 120 { reader.handle(.key(.character("P"))) }
        #expect(reader.update(.key(.character("c"))).isEmpty, "\(pane)")
        #expect(reader.state.message == "No quote to copy: ] goes to one", "\(pane)")
    }
}

/// The copy text the reader makes, as its effect carries it.
enum QuoteCitationProbe {
    static func text(_ analysis: Analysis, _ index: Int) -> String? {
        var reader = Reader(analysis: analysis, fileName: "x.txt", width: 100, height: 30)
        reader.handle(.key(.tab))
        for _ in 0..<index { reader.handle(.key(.character("j"))) }
        guard case .copyToClipboard(let text)? = reader.update(.key(.character("c"))).first else { return nil }
        return text
    }
}

/// What the audit of 2026-11-30 found, each kept fixed.
@Suite struct ReaderAuditTests {
    func reader(width: Int = 120, height: Int = 12) -> Reader {
        Reader(analysis: Analyzer().analyze(bytes: SampleArticle.bytes), fileName: "sample.txt", width: width, height: height)
    }

    @Test func theKeysLeaveAPaneThatAResizeHides() {
        var reader = reader()
        reader.handle(.key(.tab))
        #expect(reader.state.focus == .quotes)
        reader.handle(.resize(width: ReaderGeometry.minimumWidthForQuotesPane - 1, height: 20))
        #expect(reader.state.focus == .article)
    }

    @Test func thePanesSelectionFollowsScrollingWithNoCurrentQuote() {
        var reader = reader()
        reader.handle(.key(.character("G")))
        let selected = try! #require(reader.state.quotesPane.selection)
        let line = reader.layout.lineIndex(containing: reader.analysis.quotes[selected].extent.lowerBound)
        #expect(line >= reader.state.top - 3, "the selection is a quote on screen")
    }

    @Test func completionMatchesAnyWordOfAName() {
        var prompt = Prompt(.filter)
        for character in "tab" { prompt.insert(character) }
        prompt.complete(from: ["Assad", "Andrew Tabler"])
        #expect(prompt.line == "Andrew Tabler")
    }

    @Test func choosingAnActorSkipsThoseNotMentioned() {
        let analysis = Analyzer().analyze(bytes: Array("Headline\n\nThe Kremlin said little, and Moscow waited.".utf8))
        var reader = Reader(analysis: analysis, fileName: "x.txt", width: 80, height: 10)
        reader.handle(.key(.character("@")))
        #expect(reader.state.currentActor == 1, "Russia, the only actor mentioned")
        reader.handle(.key(.character("@")))
        #expect(reader.state.currentActor == 1)
    }
}
