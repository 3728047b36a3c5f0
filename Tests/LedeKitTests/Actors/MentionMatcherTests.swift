import LedeKit
import Testing

/// Finding actor mentions: aliases, case, boundaries, exclusions, plurals, possessives.
@Suite struct MentionMatcherTests {
    let matcher = MentionMatcher(lexicon: .standard)

    func mentions(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return matcher.mentions(in: scalars).map { mention in
            "\(mention.actorID):\(String(String.UnicodeScalarView(scalars[mention.range])))"
        }
    }

    @Test func aliasesNameTheirActor() {
        #expect(mentions("Moscow and the Kremlin backed Lavrov; Tehran agreed.")
            == ["russia:Moscow", "russia:Kremlin", "russia:Lavrov", "iran:Tehran"])
    }

    @Test func longestMatchAndExclusionsWin() {
        #expect(mentions("Bashar al-Assad met a scholar of the Washington Institute in Washington.")
            == ["assad:Bashar al-Assad", "us:Washington"])
    }

    @Test func aNamedEventIsNoActor() {
        #expect(mentions("Her aunt marched in the March on Washington before she moved to Washington.")
            == ["us:Washington"])
        #expect(mentions("A George Washington University lecturer wrote on George Washington, then flew to Washington.")
            == ["us:Washington"])
    }

    @Test func exactAliasesAreCaseSensitive() {
        #expect(mentions("The US told us to wait; the U.S. embassy agreed.") == ["us:US", "us:U.S."])
    }

    @Test func capitalsInHeadlinesMatch() {
        #expect(mentions("MOSCOW WARNS TEHRAN") == ["russia:MOSCOW", "iran:TEHRAN"])
    }

    @Test func pluralsMatchAndPossessivesAreLeftOut() {
        #expect(mentions("Iranians and Russia’s allies") == ["iran:Iranians", "russia:Russia"])
    }

    @Test func wordBoundariesAreRespected() {
        #expect(mentions("Iranianism, Moscowitz and Putinesque are not names here.").isEmpty)
    }

    @Test func speakerTermsPlaceWithoutHighlighting() {
        #expect(mentions("a Syrian military official").isEmpty)
        #expect(matcher.placement(of: "a Syrian military official") == "assad")
        #expect(matcher.placement(of: "Russia’s foreign minister") == "russia")
        #expect(matcher.placement(of: "a teacher") == nil)
    }

    @Test func middleInitialsMatchAliasesWithoutThem() {
        #expect(mentions("Vladimir V. Putin called John F. Kerry.") == ["russia:Vladimir V. Putin", "us:John F. Kerry"])
    }

    @Test func pluralsInCapitalsMatch() {
        #expect(mentions("RUSSIANS LEAVE") == ["russia:RUSSIANS"])
    }

    @Test func ethnicLabelsAreNotTheState() {
        #expect(mentions("A Polish American priest and an Iranian-American pastor met American officials.")
            == ["us:American"])
    }

    @Test func aHyphenatedPairBeforeARelationWordNamesTwoStates() {
        #expect(mentions("Russian-American relations cooled.") == ["russia:Russian", "us:American"])
    }

    @Test func americaIsTheCountryButNotInNamesOfThings() {
        #expect(mentions("America spoke to USA TODAY and Voice of America about the Americas.") == ["us:America"])
        #expect(mentions("the United States of America and the Revolutionary Guard Corps")
            == ["us:United States of America", "iran:Revolutionary Guard Corps"])
    }

    /// Aliases whose second scalar is an apostrophe, a space, a letter outside ASCII, or
    /// none, which the scan's filter on the scalar after a word start must all let through.
    @Test func aliasesOfEverySecondScalarMatch() {
        let lexicon = ActorLexicon(actors: [
            Actor(id: "obrien", name: "O'Brien", aliases: ["O'Brien", "Ó Súilleabháin"], exactAliases: ["Q"]),
            Actor(id: "ab", name: "A B", aliases: ["A Bee"]),
            Actor(id: "cafe", name: "Cafe", aliases: ["Caf\u{E9}s Union"]),
        ])
        let matcher = MentionMatcher(lexicon: lexicon)
        let text = "O’Brien met O'BRIEN, Ó Súilleabháin, Q and A X. Bee at the CAFÉS UNION; Qs, Ob and Ax stay out."
        let scalars = Array(text.unicodeScalars)
        let found = matcher.mentions(in: scalars).map { "\($0.actorID):\(String(String.UnicodeScalarView(scalars[$0.range])))" }
        #expect(found == ["obrien:O’Brien", "obrien:O'BRIEN", "obrien:Ó Súilleabháin", "obrien:Q", "ab:A X. Bee", "cafe:CAFÉS UNION"])
    }
}
