@testable import LedeKit
import Testing

/// Quoted words in title case are a title or a name, nobody's words.
@Suite struct TitleSieveTests {
    @Test func aShowsTitleHasNoSpeaker() {
        let text = "Ana Ruiz is a co-host of the podcast “Small Town Hours” on Fridays."
        #expect(SieveProbe.find(TitleSieve(), in: text) == .init(speaker: "", cue: nil, carried: false, noSpeaker: true))
    }

    @Test func titlesKeepTheirShortWordsInLowerCase() {
        #expect(SieveProbe.find(TitleSieve(), in: "She appeared on “Tales from the River” last week.")?.noSpeaker == true)
    }

    @Test func wordsInLowerCaseAreNoTitle() {
        #expect(SieveProbe.find(TitleSieve(), in: "She called the plan “a mess from the start” last week.") == nil)
    }

    @Test func aTitleCaseParagraphIsLeftAlone() {
        // A subheading written in title case throughout: its quoted words may be speech.
        #expect(SieveProbe.find(TitleSieve(), in: "Mayor Ruiz Calls Bridge Plan “Dead on Arrival”") == nil)
    }

    @Test func theHeadlineIsLeftAlone() {
        let article = ArticleParser.parse("Ruiz calls plan “Dead on Arrival”\n\nThe council met on Monday.")
        let quotes = QuoteExtractor(matcher: MentionMatcher(lexicon: .standard)).quotes(in: article)
        #expect(quotes.first?.unattributedBy == nil)
    }

    @Test func theEngineRecordsTheSieveAndGivesNoSpeaker() {
        let quotes = Analyzer().analyze(bytes: Array("Headline\n\nTom Okafor was a guest on “Morning Desk” this week.".utf8)).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.attribution == nil)
        #expect(quotes.first?.unattributedBy == "title")
    }

    @Test func speechBeforeTheTitleRuleStillCounts() {
        // An inverted attribution is tried first: a title-case slogan said by someone is theirs.
        let quotes = Analyzer().analyze(bytes: Array("Headline\n\n“Build the Bridge,” said Tom Okafor.".utf8)).quotes
        #expect(quotes.first?.attribution?.speakerName == "Tom Okafor")
    }
}
