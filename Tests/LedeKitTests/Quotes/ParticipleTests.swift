@testable import LedeKit
import Testing

/// A past form between an article or a possessive and a noun describes the noun (`the retired
/// neurosurgeon`); after a determiner that can stand alone it is the verb (`Another featured`).
@Suite struct ParticipleTests {
    @Test func aPastFormAfterADeterminerThatStandsAloneIsAVerb() {
        // Read back from the end: the noun phrase stops at the verb.
        let phrase = { (text: String) in
            NounPhrase.trailing(ArraySlice(Tokenizer.tokens(in: Array(text.unicodeScalars)))).map { $0.map(\.text).joined(separator: " ") }
        }
        #expect(phrase("Another featured old photos") == "old photos")
        #expect(phrase("That angered local voters") == "local voters")
        #expect(phrase("the retired neurosurgeon") == "the retired neurosurgeon")
        #expect(phrase("her disappointed neighbours") == "her disappointed neighbours")
    }
}
