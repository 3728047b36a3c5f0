import LedeKit
import Testing

/// A quote's speaker takes the actor of the person the article describes with one.
@Suite struct PersonActorsQuoteTests {
    @Test func aSpeakerDescribedWithAnActorIsPlacedWithIt() {
        let text = """
            Headline

            Anna Petrova, a spokeswoman for the Russian Foreign Ministry, spoke on Monday. “The talks will go on,” Petrova said.
            """
        let quotes = Analyzer().analyze(bytes: Array(text.utf8)).quotes
        #expect(quotes.first?.attribution?.speakerName == "Anna Petrova")
        #expect(quotes.first?.attribution?.actorID == "russia")
    }

    @Test func aSpeakerNobodyDescribesStaysUnplaced() {
        let text = """
            Headline

            Anna Petrova spoke on Monday. “The talks will go on,” Petrova said.
            """
        let quotes = Analyzer().analyze(bytes: Array(text.utf8)).quotes
        #expect(quotes.first?.attribution?.speakerName == "Anna Petrova")
        #expect(quotes.first?.attribution?.actorID == nil)
    }
}
