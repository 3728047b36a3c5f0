import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// `l` lists only the quotes of a speaker, or of an actor's speakers, with Tab completing names.
@Suite struct QuoteFilterTests {
    static let analysis = Analyzer().analyze(bytes: SampleArticle.bytes)

    func reader() -> Reader {
        Reader(analysis: Self.analysis, fileName: "sample.txt", width: 120, height: 30)
    }

    func press(_ keys: [Key], on reader: inout Reader) {
        for key in keys { reader.handle(.key(key)) }
    }

    func typed(_ text: String) -> [Key] { text.map { .character($0) } }

    @Test func aSpeakersNameListsTheirQuotes() {
        var reader = reader()
        press([.character("l")] + typed("tabler") + [.enter], on: &reader)
        #expect(reader.listedQuotes.count == 2)
        #expect(reader.listedQuotes.allSatisfy { Self.analysis.quotes[$0].attribution?.speakerName == "Andrew Tabler" })
        #expect(reader.render().text.contains("Quotes of tabler (2 of 5)"))
        press([.character("]")], on: &reader)
        #expect(reader.state.currentQuote == reader.listedQuotes[0], "] walks the listed quotes only")
    }

    @Test func anActorsNameListsItsSpeakersQuotes() {
        var reader = reader()
        press([.character("l")] + typed("Assad") + [.enter], on: &reader)
        #expect(reader.listedQuotes.count == 2)
        #expect(reader.listedQuotes.allSatisfy { Self.analysis.quotes[$0].attribution?.actorID == "assad" })
    }

    @Test func tabCompletesAndCyclesThroughNames() {
        var reader = reader()
        press([.character("l"), .character("a"), .tab], on: &reader)
        guard case .prompt(let first) = reader.state.mode else {
            Issue.record("no prompt open")
            return
        }
        #expect(first.line == "Assad", "actors come first")
        press([.tab], on: &reader)
        guard case .prompt(let second) = reader.state.mode else { return }
        #expect(second.line == "A Syrian military official")
        press([.tab, .tab], on: &reader)
        guard case .prompt(let wrapped) = reader.state.mode else { return }
        #expect(wrapped.line == "Assad", "after the last match Tab comes back to the first")
    }

    @Test func aNameWithNoQuotesChangesNothingAndAnEmptyOneShowsAll() {
        var reader = reader()
        press([.character("l")] + typed("Lavrov") + [.enter], on: &reader)
        #expect(reader.listedQuotes.count == 1)
        press([.character("l")] + typed("nobody here") + [.enter], on: &reader)
        #expect(reader.state.message == "No quote of “nobody here”")
        #expect(reader.listedQuotes.count == 1, "the list stays as it was")
        press([.character("l"), .enter], on: &reader)
        #expect(reader.listedQuotes.count == 5)
        #expect(reader.state.message == "Showing all 5 quotes")
    }

    @Test func aWholeNameListsThatSpeakerOnly() throws {
        let text = "Title\n\n“We will win,” said Ana Ruiz.\n\n“She will win,” said Ana Ruiz’s aide.\n"
        var reader = Reader(analysis: Analyzer().analyze(bytes: Array(text.utf8)), fileName: "x.txt", width: 120, height: 20)
        let names = Set(reader.analysis.quotes.compactMap { $0.attribution?.speakerName })
        try #require(names.contains("Ana Ruiz") && names.count == 2, "the analysis must find both speakers: \(names)")
        press([.character("l")] + typed("Ana Ruiz") + [.enter], on: &reader)
        #expect(reader.listedQuotes.map { reader.analysis.quotes[$0].attribution?.speakerName } == ["Ana Ruiz"])
        press([.character("l")] + typed("ruiz") + [.enter], on: &reader)
        #expect(reader.listedQuotes.count == 2, "part of a name still lists every speaker it is in")
    }

    @Test func theFilterPromptShowsNoSearchCounter() {
        var reader = reader()
        press([.character("/")] + typed("assad") + [.enter, .character("l")], on: &reader)
        let status = reader.render().text.components(separatedBy: "\n").last ?? ""
        #expect(status.hasPrefix("Quotes of"))
        #expect(!status.contains("/\(reader.state.search?.matches.count ?? 0)"), "\(status)")
    }

    @Test func aNarrowPaneTitleStillCountsTheFilteredQuotes() {
        var reader = Reader(analysis: Self.analysis, fileName: "sample.txt", width: ReaderGeometry.minimumWidthBeside, height: 24)
        press([.character("l")] + typed("Sergei Lavrov") + [.enter], on: &reader)
        #expect(reader.render().text.contains(" Sergei Lavrov: 1 of 5"), "\(reader.render().text)")
    }

    @Test func aMessageOutlastsTheSearchQueryInANarrowStatusLine() {
        var reader = Reader(analysis: Self.analysis, fileName: "sample.txt", width: 40, height: 12)
        press([.character("/")] + typed("assad") + [.enter, .tab], on: &reader)
        let status = reader.render().text.components(separatedBy: "\n").last ?? ""
        #expect(status.contains("Too narrow for the quotes pane"), "\(status)")
        #expect(status.contains("1/"), "the search counter stays: \(status)")
    }
}
