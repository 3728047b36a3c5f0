import LedeKit
import Testing

/// People introduced with an actor in their description, and their later mentions.
@Suite struct PersonActorsTests {
    let matcher = MentionMatcher(lexicon: .standard)

    func people(_ text: String) -> PersonActors {
        let scalars = Array(text.unicodeScalars)
        return PersonActors(scalars: scalars, named: matcher.mentions(in: scalars))
    }

    func mentions(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let named = matcher.mentions(in: scalars)
        return PersonActors(scalars: scalars, named: named).adding(to: named).map { mention in
            "\(mention.actorID):\(String(String.UnicodeScalarView(scalars[mention.range])))"
        }
    }

    @Test func aTitleWithTheActorBeforeTheName() {
        #expect(mentions("U.S. Secretary of State Jane Holt arrived on Monday. Later, Ms. Holt’s aide spoke.")
            == ["us:U.S.", "us:Jane Holt", "us:Holt"])
    }

    @Test func aDescriptionAfterTheName() {
        #expect(mentions("Anna Petrova, a spokeswoman for the Russian Foreign Ministry, denied it. Petrova left.")
            == ["russia:Anna Petrova", "russia:Russian", "russia:Petrova"])
        #expect(mentions("Tom Reyes, a White House adviser on trade, said so.") == ["us:Tom Reyes", "us:White House"])
    }

    @Test func aDescriptionEndsWithinAFewWordsOfItsActor() {
        // A role word far beyond the actor belongs to another clause, not to the description.
        let text = "Tomas Berg, a US-born painter who spent most of his long working life far from home as an adviser to galleries, spoke."
        #expect(people(text).actorID(forName: "Tomas Berg") == nil)
    }

    @Test func aDescriptionBeforeTheName() {
        #expect(mentions("He met the Iranian foreign minister, Reza D. Karimi, in Geneva.")
            == ["iran:Iranian", "iran:Reza D. Karimi"])
    }

    @Test func formerOfficialsAndNationalitiesAreNotTheActor() {
        #expect(mentions("Paul Grant, a former U.S. envoy, disagreed.") == ["us:U.S."])
        #expect(mentions("Maria Lopez, a Polish American writer, and Ivan Sokol, a Russian novelist, spoke.")
            == ["russia:Russian"])
    }

    @Test func anActorInsideAnOrganisationsNameDescribesNobody() {
        #expect(people("Sam Ortiz, the president of the United States Hispanic Chamber of Commerce, spoke.")
            .actorID(forName: "Sam Ortiz") == nil)
    }

    @Test func aNameThatNamesAnotherActorStaysTheirs() {
        #expect(mentions("President Obama and President Vladimir V. Putin met.") == ["us:Obama", "russia:Vladimir V. Putin"])
    }

    @Test func onlyLaterMentionsOfTheSamePersonCount() {
        #expect(mentions("Holt spoke first. U.S. Ambassador Jane Holt arrived; Hunter Holt did not.")
            == ["us:U.S.", "us:Jane Holt"])
    }

    @Test func attributionAsksByFullNameOrSurname() {
        let table = people("Tom Reyes, a White House adviser on trade, said so.")
        #expect(table.actorID(forName: "Tom Reyes") == "us")
        #expect(table.actorID(forName: "Reyes") == "us")
        #expect(table.actorID(forName: "Mr. Reyes") == "us")
        #expect(table.actorID(forName: "Ann Lee") == nil)
    }
}
