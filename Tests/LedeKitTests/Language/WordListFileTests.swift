@testable import LedeKit
import Testing

/// The word lists shipped in `words.toml`, and how they are read.
@Suite struct WordListFileTests {
    @Test func noBundledListRepeatsAWord() {
        let file = WordLists.file
        #expect(!file.lists.isEmpty)
        for (key, words) in file.lists {
            #expect(Set(words).count == words.count, "\(key) repeats \(Self.repeated(words))")
        }
        for (key, table) in file.tables {
            for (inner, words) in table {
                #expect(Set(words).count == words.count, "\(key).\(inner) repeats \(Self.repeated(words))")
            }
        }
    }

    @Test func bundledWordsAreLowerCaseWithoutSpaces() {
        for (key, words) in WordLists.file.lists {
            for word in words {
                #expect(word == word.lowercased() && !word.contains(" ") && !word.isEmpty, "\(key): “\(word)”")
            }
        }
    }

    @Test func readsListsAndTablesOfLists() {
        let file = WordListFile(toml: """
            # a comment
            colours = ["red", "green"]

            [plurals]
            mouse = ["mice"]
            """, name: "test.toml")
        #expect(file.lists == ["colours": ["red", "green"]])
        #expect(file.tables == ["plurals": ["mouse": ["mice"]]])
        #expect(file.set("colours") == ["green", "red"])
    }

    @Test func speechVerbFormsAreMadeFromTheList() {
        // Regular forms by rule, irregular ones as listed, base cues as they are.
        for form in ["insisted", "insisting", "insists", "said", "slammed", "wrote", "say", "emphasizes"] {
            #expect(WordLists.speechVerbs.contains(form), "\(form)")
        }
        // -s forms as often nouns are cues only after a name: not in the set.
        for form in ["states", "calls", "slamed"] {
            #expect(!WordLists.speechVerbs.contains(form), "\(form)")
        }
        #expect(!WordLists.isInvertible(Token(kind: .word, text: "told", range: 0..<4)))
        #expect(WordLists.isInvertible(Token(kind: .word, text: "said", range: 0..<4)))
        #expect(!WordLists.isInvertible(Token(kind: .word, text: "saying", range: 0..<6)))
    }

    private static func repeated(_ words: [String]) -> [String] {
        var seen: Set<String> = []
        return words.filter { !seen.insert($0).inserted }
    }
}
