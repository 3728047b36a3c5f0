@testable import LedeKit
import Testing

/// Word lists asked by token (``WordSet``, from the token's ``WordID``) answer as the lists'
/// words do.
@Suite struct WordSetTests {
    /// A word token of `text`.
    private func token(_ text: String) -> Token {
        Token(kind: .word, text: text, range: 0..<text.unicodeScalars.count)
    }

    @Test func everyRegisteredWordIsFoundByTokenInItsListsAndNoOther() {
        let sets = WordRegistry.lists.map { (name: $0.name, set: WordSet(registered: $0.name)) }
        let words = Set(WordRegistry.lists.flatMap(\.words))
        #expect(words.count > 1000)
        for word in words {
            let token = token(word)
            #expect(token.wordID != .unlisted, "\(word)")
            for (name, set) in sets {
                #expect(set.contains(token) == set.contains(word), "\(word) in \(name)")
            }
        }
    }

    @Test func aTokenIsAskedInLowerCase() {
        #expect(WordLists.pronouns.contains(token("She")))
        #expect(WordLists.titles.contains(token("Senator")) == WordLists.titles.contains("senator"))
        #expect(WordLists.speechVerbs.contains(token("SAID")))
        #expect(!WordLists.speechVerbs.contains(token("Saidi")))
    }

    @Test func aWordNoListHoldsIsInNoList() {
        let unlisted = token("Zqxwv")
        #expect(unlisted.wordID == .unlisted)
        for list in WordRegistry.lists {
            #expect(!WordSet(registered: list.name).contains(unlisted), "\(list.name)")
        }
    }

    @Test func changingATokensTextChangesItsWord() {
        var word = token("said")
        #expect(WordLists.speechVerbs.contains(word))
        word.text = "table"
        #expect(!WordLists.speechVerbs.contains(word))
        word.text = "The"
        #expect(WordLists.determiners.contains(word))
    }

    @Test func theSpeechVerbFormsAndTheGivenNamesAreRegistered() {
        #expect(WordLists.speechVerbs.contains(token("told")))
        #expect(WordLists.speechVerbs.words == WordLists.speechVerbForms())
        #expect(GenderLexicon.givenNameWords.words == Set(GenderLexicon.bundled.givenNames.keys))
        #expect(GenderLexicon.givenNameWords.contains(token("Nicole")))
    }
}
