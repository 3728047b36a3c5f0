@testable import LedeKit
import Testing

/// Quoted words with no letter in them are a figure, a date or a code, nobody's words.
@Suite struct FigureSieveTests {
    @Test func aQuotedFigureHasNoSpeaker() {
        let quotes = Analyzer().analyze(bytes: Array("Headline\n\nSen. Ada Brennan is “99.5” percent sure of the vote.".utf8)).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.attribution == nil)
        #expect(quotes.first?.unattributedBy == "figure")
    }

    @Test func aQuotedDateHasNoSpeaker() {
        #expect(SieveProbe.find(FigureSieve(), in: "The post by Tom Okafor carried the stamp “2019-04-01” at the top.")?.noSpeaker == true)
    }

    @Test func wordsAmongFiguresAreSpeech() {
        #expect(SieveProbe.find(FigureSieve(), in: "Ruiz said the plan was “100 percent” wrong.") == nil)
    }
}
