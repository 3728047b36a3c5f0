@testable import LedeKit
import Testing

/// A full stop with no space after it, between a lower-case letter and a capitalised word
/// (`said.Trump`), ends a sentence; dots inside abbreviations, numbers and addresses do not.
@Suite struct GluedSentenceEndTests {
    private static func words(_ text: String) -> [String] {
        Tokenizer.tokens(in: Array(text.unicodeScalars)).map(\.text)
    }

    @Test func aGluedFullStopSplitsTheWords() {
        #expect(Self.words("the plan works, Ms. Ruiz said.Kowalski disagreed") == [
            "the", "plan", "works", ",", "Ms.", "Ruiz", "said", ".", "Kowalski", "disagreed",
        ])
    }

    @Test func abbreviationsNumbersAndAddressesStayWhole() {
        #expect(Self.words("the U.S.Army grew 3.5 percent, e.g. at example.com") == [
            "the", "U.S.Army", "grew", "3.5", "percent", ",", "e.g", ".", "at", "example.com",
        ])
    }

    @Test func initialsAfterAWordStayInsideTheName() {
        let text = "The dam will hold, said Rita J.M. Okafor. Her deputy, from Trenton, N.J. Kowalski agreed."
        let scalars = Array(text.unicodeScalars)
        let sentences = SentenceSplitter.sentences(in: scalars, range: 0..<scalars.count)
            .map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(sentences == ["The dam will hold, said Rita J.M. Okafor.", "Her deputy, from Trenton, N.J.", "Kowalski agreed."])
    }

    @Test func theSentenceEndsAtTheGluedFullStop() {
        let text = "The council met late, Ms. Ruiz said.Kowalski disagreed with her."
        let scalars = Array(text.unicodeScalars)
        let sentences = SentenceSplitter.sentences(in: scalars, range: 0..<scalars.count)
            .map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(sentences == ["The council met late, Ms. Ruiz said.", "Kowalski disagreed with her."])
    }
}
