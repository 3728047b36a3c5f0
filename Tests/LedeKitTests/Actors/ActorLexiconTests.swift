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
        #expect(throws: LexiconError.noActors) { try ActorLexicon(toml: "# nothing here\n") }
        #expect(throws: LexiconError.unknownKey("title", line: 1, known: ["actor"])) { try ActorLexicon(toml: "title = \"x\"") }
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

    @Test func aMisspeltKeyIsNamedWithItsLine() {
        let toml = """
            # two actors
            [[actor]]
            id = "north"
            aliases = ["Northland"]

            [[actor]]
            id = "south"
            nme = "Southland"
            aliases = ["Southland"]
            """
        #expect(throws: LexiconError.unknownKey("nme", line: 8, known: ActorLexicon.actorKeys)) { try ActorLexicon(toml: toml) }
    }

    @Test func aMisspeltTableIsNamedWithItsLine() {
        let toml = "\n[[actors]]\nid = \"north\"\naliases = [\"Northland\"]\n"
        #expect(throws: LexiconError.unknownKey("actors", line: 2, known: ["actor"])) { try ActorLexicon(toml: toml) }
    }

    @Test func theErrorSaysWhatIsExpected() {
        let error = LexiconError.unknownKey("nme", line: 3, known: ["id", "name"])
        #expect(error.description == "actor lexicon: line 3: unknown key `nme` (expected `id`, `name`)")
    }
}
