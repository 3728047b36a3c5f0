@testable import LedeKit
import Testing

/// Title-case words right after a possessive are a title, nobody's words, even after a
/// speech verb.
@Suite struct PossessedTitleSieveTests {
    @Test func aShowAfterASpeechVerbHasNoSpeaker() {
        let quotes = Analyzer().analyze(bytes: Array("Headline\n\nAna Ruiz said on WKRP’s “Morning Table” that the bridge would open.".utf8)).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.attribution == nil)
        #expect(quotes.first?.unattributedBy == "possessed-title")
    }

    @Test func aBookAfterAnAuthorsNameHasNoSpeaker() {
        let text = "Critics compared the speech to a passage from the novelist’s “Winter in the Valley” last week."
        #expect(SieveProbe.find(PossessedTitleSieve(), in: text)?.noSpeaker == true)
    }

    @Test func wordsInLowerCaseAfterAPossessiveAreSpeech() {
        #expect(SieveProbe.find(PossessedTitleSieve(), in: "Ruiz criticized the mayor’s “reckless plan” on Monday.") == nil)
    }

    @Test func aTitleWithNoPossessiveBeforeItIsLeftToTheLaterRule() {
        #expect(SieveProbe.find(PossessedTitleSieve(), in: "Ana Ruiz said on “Morning Table” that the bridge would open.") == nil)
    }

    @Test func aHeadlineStyleParagraphIsLeftAlone() {
        #expect(SieveProbe.find(PossessedTitleSieve(), in: "Mayor Ruiz Slams Council’s “Dead End Budget”") == nil)
    }
}
