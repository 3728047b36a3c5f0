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
}
