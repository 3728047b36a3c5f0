import LedeKit
import LedeReader
import Testing

/// Between two far-apart quotes the quotes pane keeps the one above the reading position.
@Suite struct PaneBetweenQuotesTests {
    @Test func thePaneKeepsTheQuoteAbove() {
        let filler = (1...30).map { "Paragraph \($0) tells of the harbour works without a word from anyone." }
        let text = (["“The first stone is laid,” said Ana Tallis."] + filler + ["“The last stone is laid,” said Ben Moreno."])
            .joined(separator: "\n\n") + "\n"
        let analysis = Analyzer().analyze(bytes: Array(text.utf8))
        #expect(analysis.quotes.count == 2)
        var reader = Reader(analysis: analysis, fileName: "two.txt", width: 120, height: 20)
        reader.handle(.key(.character("j")))
        reader.handle(.key(.character("j")))
        reader.handle(.key(.character("j")))
        reader.handle(.key(.character("j")))
        #expect(reader.state.quotesPane.selection == 0, "the first quote, above the screen, stays selected")
        reader.handle(.key(.tab))
        reader.handle(.key(.enter))
        #expect(reader.state.currentQuote == 0)
    }
}
