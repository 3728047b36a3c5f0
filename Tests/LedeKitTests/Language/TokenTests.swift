@testable import LedeKit
import Testing

/// A token's lower case, made once when it is created or its text changes.
@Suite struct TokenTests {
    @Test func lowerCaseIsTheTextsLowerCase() {
        for text in ["mayor", "Mayor", "NATO", "U.S.", "Éric", "ÇAĞLAR", "İstanbul", "straße", "“", "Kerry’s", "a-very-long-hyphenated-word"] {
            let token = Token(kind: .word, text: text, range: 0..<text.unicodeScalars.count)
            #expect(token.lowercased == text.lowercased(), "\(text)")
        }
    }

    @Test func lowerCaseFollowsAChangedText() {
        var token = Token(kind: .word, text: "minister", range: 0..<8)
        token.text = "Minister’S"
        #expect(token.lowercased == "minister’s")
    }

    @Test func equalityAndHashingStayOnKindTextAndPlace() {
        let first = Token(kind: .word, text: "Lee", range: 4..<7)
        #expect(first == Token(kind: .word, text: "Lee", range: 4..<7))
        #expect(first != Token(kind: .word, text: "Lee", range: 5..<8))
        #expect(first != Token(kind: .word, text: "lee", range: 4..<7))
        #expect(Set([first, Token(kind: .word, text: "Lee", range: 4..<7)]).count == 1)
    }
}
