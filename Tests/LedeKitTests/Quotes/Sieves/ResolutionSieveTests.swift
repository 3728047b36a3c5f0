@testable import LedeKit
import Testing

/// The resolution sieves: who a speaker phrase refers to, and which sieve decided.
@Suite struct ResolutionSieveTests {
    @Test func pronounTakesThePersonNamedBefore() {
        let found = SieveProbe.resolution(in: "Ana Ruiz runs the shelter. “We were lucky,” she said.")
        #expect(found?.sieve == "pronoun-agreement")
        #expect(found?.name == "Ana Ruiz")
    }

    @Test func relativePronounTakesThePhraseBeforeIt() {
        let found = SieveProbe.resolution(in: "The prize went to Ivana Petrova, who called the result “a surprise” on Friday.")
        #expect(found?.sieve == "relative-pronoun")
        #expect(found?.name == "Ivana Petrova")
    }

    @Test func pluralPronounStaysAsWritten() {
        let found = SieveProbe.resolution(in: "Ana Ruiz runs the shelter. “We were lucky,” they said.")
        #expect(found?.sieve == "pronoun-as-written")
        #expect(found?.name == "they")
    }

    @Test func personNameWithoutTitle() {
        let found = SieveProbe.resolution(in: "“We are ready,” said Mayor Ana Ruiz.")
        #expect(found?.sieve == "person-name")
        #expect(found?.name == "Ana Ruiz")
    }

    @Test func definiteRoleTakesTheEarlierSpeakerSoDescribed() {
        let text = "“The crossing will reopen,” a senior border official said. “We expect traffic by Friday,” the official said."
        let found = SieveProbe.resolution(in: text, quotation: 1)
        #expect(found?.sieve == "same-role-earlier")
        #expect(found?.name == "a senior border official")
    }

    @Test func aRoleOfAnotherCountryIsNotTheEarlierOne() {
        let text = "“The talks are over,” Norway’s trade ministry said. “We hope they resume,” the Danish trade ministry said."
        let found = SieveProbe.resolution(in: text, quotation: 1)
        #expect(found?.sieve != "same-role-earlier")
        #expect(found?.name != "Norway’s trade ministry")
    }

    @Test func aRoleOfTheSameCountryIsTheEarlierOne() {
        let text = "“The talks are over,” Russia’s trade ministry said. “We hope they resume,” the Russian trade ministry said."
        let found = SieveProbe.resolution(in: text, quotation: 1)
        #expect(found?.sieve == "same-role-earlier")
        #expect(found?.name == "Russia’s trade ministry")
    }

    @Test func anEarlierDescriptionOfAnotherPartyIsNotTaken() {
        let text = "A Republican senator said the bill would fail. “We have the votes,” the Democratic senator said."
        let found = SieveProbe.resolution(in: text)
        #expect(found?.name != "A Republican senator")
    }

    @Test func definiteRoleTakesAnEarlierDescription() {
        let text = "A senior border official said the crossing would reopen. “We expect traffic by Friday,” the official said."
        let found = SieveProbe.resolution(in: text)
        #expect(found?.sieve == "earlier-description")
        #expect(found?.name == "A senior border official")
    }

    @Test func anEarlierDescriptionIsThePersonNamedBesideIt() {
        let before = "Ines Moreau, a spokeswoman for the ferry line, said sailings would resume. “The first boat leaves at six,” the spokeswoman said."
        #expect(SieveProbe.resolution(in: before).map { [$0.sieve, $0.name] } == ["earlier-description", "Ines Moreau"])
        let after = "A spokesperson for the council, Dev Okafor, declined to say more. “The vote stands,” the spokesperson said."
        #expect(SieveProbe.resolution(in: after).map { [$0.sieve, $0.name] } == ["earlier-description", "Dev Okafor"])
        // A place where it happened is nobody's name, nor is a name without a person's role or given name.
        let place = "At a hearing in New Dover, a retired teacher asked about the fees. “Why so high?” the teacher said."
        #expect(SieveProbe.resolution(in: place)?.name == "a retired teacher")
        let town = "The ferry stops at Port Ellis, a harbour town on the coast. “We want it back,” the town said."
        #expect(SieveProbe.resolution(in: town)?.name == "a harbour town")
    }

    @Test func aRoleSetBetweenCommasBesideANameIsHeld() {
        let before = "The ferry line’s chief engineer, Paulo Mendes, inspected the hull on Monday. “It will float,” the chief engineer said."
        #expect(SieveProbe.resolution(in: before).map { [$0.sieve, $0.name] } == ["role-holder", "Paulo Mendes"])
        let after = "Paulo Mendes, the line’s chief engineer, inspected the hull on Monday. “It will float,” the chief engineer said."
        #expect(SieveProbe.resolution(in: after).map { [$0.sieve, $0.name] } == ["role-holder", "Paulo Mendes"])
        // After a preposition the phrase is whom the person works for, not what they are.
        let owner = "The lawyer for the owner, Sam Ortiz, spoke first. “We will appeal,” the owner said."
        #expect(SieveProbe.resolution(in: owner)?.name != "Sam Ortiz")
        // Nor is a thing a role (`the report`), though a name stands beside it.
        let report = "The author of the report, Lina Berg, spoke first. “Costs doubled,” the report said."
        #expect(SieveProbe.resolution(in: report)?.name != "Lina Berg")
    }

    @Test func ofSeveralHoldersTheLastPersonNamedHoldsTheRole() {
        let text = """
            The ferry line’s chief engineer, Paulo Mendes, inspected the hull on Monday. Chief engineer Rosa Lind checked the engines. “All clear,” the chief engineer said.
            """
        #expect(SieveProbe.resolution(in: text)?.name == "Rosa Lind")
        // When the last person named holds no such role, the phrase stays as written.
        let other = """
            The ferry line’s chief engineer, Paulo Mendes, inspected the hull. Chief engineer Rosa Lind checked the engines. Mayor Ana Ruiz watched. “All clear,” the chief engineer said.
            """
        #expect(SieveProbe.resolution(in: other)?.name == "the chief engineer")
    }

    @Test func aNameThePersonWorksForIsNotThePerson() {
        let spokesman = SieveProbe.resolution(in: "A spokesman for Mayor Ana Ruiz said the plan was “dead on arrival.”")
        #expect(spokesman?.name == "A spokesman for Mayor Ana Ruiz")
        let aide = SieveProbe.resolution(in: "An aide to Sen. Cora Blake said the vote would be “very close.”")
        #expect(aide?.name == "An aide to Sen. Cora Blake")
        let brand = SieveProbe.resolution(in: "A representative for the Ana Ruiz brand noted that sales were “growing fast.”")
        #expect(brand?.name == "A representative for the Ana Ruiz brand")
        // A name that describes the noun after it is no speaker either.
        let member = SieveProbe.resolution(in: "A former Harbor Board member said the plan was “dead on arrival.”")
        #expect(member?.name == "A former Harbor Board member")
        #expect(SieveProbe.resolution(in: "An Ana Ruiz impersonator called the speech “a triumph.”")?.name == "An Ana Ruiz impersonator")
        #expect(SieveProbe.resolution(in: "Sen. Cora Blake of Ohio said the talks were “useful.”")?.name == "Cora Blake")
        // A letter from someone is theirs; a title of office before a name is the person's.
        #expect(SieveProbe.resolution(in: "A letter from Ana Ruiz said the plan was “dead on arrival.”")?.name == "Ana Ruiz")
        #expect(SieveProbe.resolution(in: "Secretary of State Cora Blake said the talks were “useful.”")?.name == "Cora Blake")
    }

    @Test func theAgeSetBesideANameIsThatPersons() {
        let one = "Tanya Brooks, 44, a former prosecutor, spoke first. “We take nothing for granted,” the 44-year-old said."
        #expect(SieveProbe.resolution(in: one).map { [$0.sieve, $0.name] } == ["age-holder", "Tanya Brooks"])
        let noun = "Tanya Brooks, 44, spoke first. “We take nothing for granted,” the 44-year-old mother of two said."
        #expect(SieveProbe.resolution(in: noun)?.name == "Tanya Brooks")
        // Two people of that age: nobody in particular.
        let two = "Tanya Brooks, 44, and Omar Reyes, 44, spoke first. “We take nothing for granted,” the 44-year-old said."
        #expect(SieveProbe.resolution(in: two)?.name == "the 44-year-old")
        #expect(AgeHolderSieve.age(in: "44-year-old") == "44" && AgeHolderSieve.age(in: "year-old") == nil)
    }

    @Test func itTakesTheDocumentThatSpokeLast() {
        let text = "“Costs rose by half,” the audit said. “No one checked the invoices,” it added."
        let found = SieveProbe.resolution(in: text, quotation: 1)
        #expect(found?.sieve == "thing-pronoun")
        #expect(found?.name == "the audit")
    }

    @Test func itAfterAPersonStandsAsWritten() {
        let text = "“Costs rose by half,” Ana Ruiz said. “No one checked the invoices,” it added."
        let found = SieveProbe.resolution(in: text, quotation: 1)
        #expect(found?.sieve == "pronoun-as-written")
        #expect(found?.name == "it")
    }

    @Test func anEarlierDescriptionIsNamedByItsHeadNotByWhatFollows() {
        let text = "A spokesman for the mill declined to comment. “We will not reopen,” the mill said."
        let found = SieveProbe.resolution(in: text)
        #expect(found?.sieve == "as-written")
        #expect(found?.name == "the mill")
    }

    @Test func anEarlierDescriptionKeepsWhatFollowsItsHead() {
        let text = "An organizer at the field office spoke first. “Turnout was strong,” the organizer said."
        let found = SieveProbe.resolution(in: text)
        #expect(found?.sieve == "earlier-description")
        #expect(found?.name == "An organizer at the field office")
    }

    @Test func roleWithAPlaceTakesItsHolder() {
        let text = "Iran’s foreign minister called the talks “useful”.\n\nLater, Iranian foreign minister Mohammad Javad Zarif met the envoy."
        let found = SieveProbe.resolution(in: text)
        #expect(found?.sieve == "role-holder")
        #expect(found?.name == "Mohammad Javad Zarif")
    }

    @Test func indefiniteDescriptionStandsAsWritten() {
        let found = SieveProbe.resolution(in: "“We are ready,” a diplomat said.")
        #expect(found?.sieve == "as-written")
        #expect(found?.name == "a diplomat")
    }

    @Test func aPhraseAsWrittenIsShownWithoutItsParticipleClause() {
        let found = SieveProbe.resolution(in: "A harbor board audit issued earlier this spring reported “serious lapses” in the log books.")
        #expect(found?.sieve == "as-written")
        #expect(found?.name == "A harbor board audit")
    }

    @Test func aPhraseAsWrittenKeepsTheTextsSpacing() {
        let found = SieveProbe.resolution(in: "The party’s nominee for the Nov. 8 election later said he was “joking” about it.")
        #expect(found?.name == "The party’s nominee for the Nov. 8 election")
    }
}
