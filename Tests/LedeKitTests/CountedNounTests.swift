import LedeKit
import Testing

/// Counted nouns are singular for exactly one.
@Suite struct CountedNounTests {
    @Test func oneIsSingular() {
        #expect(CountedNoun.text(1, "quote") == "1 quote")
        #expect(CountedNoun.text(0, "quote") == "0 quotes")
        #expect(CountedNoun.text(12, "paragraph") == "12 paragraphs")
        #expect(CountedNoun.text(2, "match", plural: "matches") == "2 matches")
        #expect(CountedNoun.text(1, "match", plural: "matches") == "1 match")
    }
}
