import LedeKit
import Testing

/// Reading actor lexicons from TOML.
@Suite struct ActorLexiconTests {
    @Test func builtInLexiconHasTheFourActors() {
        #expect(ActorLexicon.standard.actors.map(\.id) == ["assad", "russia", "iran", "us"])
        #expect(ActorLexicon.standard.actors.map(\.name) == ["Assad", "Russia", "Iran", "United States"])
    }

    @Test func userLexiconIsRead() throws {
        let lexicon = try ActorLexicon(toml: """
            [[actor]]
            id = "eu"
            name = "European Union"
            aliases = ["Brussels", "European Union"]
            exact_aliases = ["EU"]
            exclusions = ["Brussels sprouts"]
            """)
        let matcher = MentionMatcher(lexicon: lexicon)
        let text = Array("Brussels said the EU would not serve Brussels sprouts; eu is not it.".unicodeScalars)
        #expect(matcher.mentions(in: text).map(\.actorID) == ["eu", "eu"])
    }

    @Test func badLexiconsGiveClearErrors() {
        #expect(throws: LexiconError.noActors) { try ActorLexicon(toml: "title = \"x\"") }
        #expect(throws: LexiconError.invalidEntry(position: 1, reason: "missing `id`")) {
            try ActorLexicon(toml: "[[actor]]\naliases = [\"x\"]")
        }
        #expect(throws: LexiconError.duplicateID("a")) {
            try ActorLexicon(toml: "[[actor]]\nid = \"a\"\naliases = [\"x\"]\n[[actor]]\nid = \"a\"\naliases = [\"y\"]")
        }
        #expect(throws: LexiconError.invalidEntry(position: 1, reason: "`aliases` must be an array of strings")) {
            try ActorLexicon(toml: "[[actor]]\nid = \"a\"\naliases = \"x\"")
        }
        do {
            _ = try ActorLexicon(toml: "[[actor]\n")
            Issue.record("a TOML syntax error was accepted")
        } catch {
            #expect(error.description.hasPrefix("actor lexicon: TOML error at line 1"))
        }
    }
}
