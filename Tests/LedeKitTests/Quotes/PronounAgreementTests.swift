import LedeKit
import Testing

/// `he` and `she` resolved by gender agreement and salience (``PronounAgreementSieve``).
@Suite struct PronounAgreementTests {
    /// The speaker names of the quotes of `body`, under a title line.
    func names(_ body: String) -> [String?] {
        Analyzer().analyze(bytes: Array("Headline\n\n\(body)".utf8)).quotes.map { $0.attribution?.speakerName }
    }

    @Test func sheSkipsTheManNamedLast() {
        let found = names("""
            Nicole Hargrove, a 14-year plant worker, lost her job in March. She blamed the plan of Governor Tom Reilly.

            “We were told nothing,” she said.
            """)
        #expect(found == ["Nicole Hargrove"])
    }

    @Test func sheIsTheWomanReportedSpeakingBeforeNotTheArticlesSubject() {
        let found = names("""
            Mayor Kate Holm has pushed the harbor plan for a year. Holm has said she will not give up.

            Port director Sam Reed said on Friday that his office had sent the costs to Holm. He said the figures would come \
            next month.

            Holm's plan was backed on Friday by Sen. Rita Vance of Maine, the chair of the ports panel, who said the money was \
            already there.

            “It has never been a question of money for the mayor,” she said in a statement.
            """)
        #expect(found == ["Rita Vance"])
    }

    @Test func aPlaceModifyingANounIsNoPerson() {
        let found = names("""
            Grace Ortiz, a Santa Rosa architect who designs schools, has warned against what she called a rush. The new rules, \
            she said, are “too hasty by half.”
            """)
        #expect(found == ["Grace Ortiz"])
    }

    @Test func aPossessiveNameIsResolvedWithoutItsEnding() {
        let found = names("""
            Mayor Paul Dorsey’s budget passed on Monday. He called it “a good day for the city.”
            """)
        #expect(found == ["Paul Dorsey"])
    }

    @Test func aContractedPronounIsResolved() {
        let found = names("""
            Senator Paul Dorsey spoke in Reno on Monday. And he’s predicting that his rival “has no chance” in the fall.
            """)
        #expect(found == ["Paul Dorsey"])
    }

    @Test func heSkipsAPlaceNamedLast() {
        let found = names("""
            Senator Paul Dorsey promised on Monday to expand the program at a rally in Las Vegas.

            “This is the right thing to do,” he said.
            """)
        #expect(found == ["Paul Dorsey"])
    }

    @Test func theSubjectBeforeOutweighsAPossessiveAfterIt() {
        let found = names("""
            Peter Olsen, who retires next month, praised Mark Fisher’s record in an interview.

            “The legacy does not look bad,” he said.
            """)
        #expect(found == ["Peter Olsen"])
    }

    @Test func aPronounKeepsItsPersonSalientThroughLaterSentences() {
        let found = names("""
            Mary Costa recounted the meeting on the radio. She said it took place in spring. She has told the story \
            before, as her friend, Anna Weiss, did. On Sunday, she added a detail.

            “I was shocked,” she said.
            """)
        #expect(found == ["Mary Costa"])
    }

    @Test func withNoPersonOfTheGenderThePronounStands() {
        let found = names("""
            The council met in Springfield on Tuesday. Mayor John Buckley opened the session.

            “It was a long night,” she said.
            """)
        #expect(found == ["she"])
    }

    @Test func aTitleGivesTheGender() {
        let found = names("""
            Mrs. Okonkwo and Mr. Adeyemi both spoke at the hearing in Lagos.

            “The road must be rebuilt,” she said.
            """)
        #expect(found == ["Okonkwo"])
    }

    @Test func aNameAfterAnOpeningPhraseIsTheSubject() {
        let found = names("""
            Mary Costa opened the evening. Two awards went to the singers Keturah Pruitt and Dana Wells.
            In her speech, Pruitt called for courage: “Change the world,” she said.
            """)
        #expect(found == ["Keturah Pruitt"])
    }

    @Test func aPronounAfterASubjectGivesItsGender() {
        let found = names("""
            Glenn Ashby, a reporter, asked about the race. “Who will you back?” Ashby asked.

            Dashiell Whitcombe left no doubt that he would back someone this year. Eight years ago, he backed \
            Tom Reyes and said, “Reyes is the future.”
            """)
        #expect(found == ["Glenn Ashby", "Dashiell Whitcombe"])
    }

    @Test func aGivenNameOfTheListGivesTheGender() {
        let found = names("""
            The panel heard from Natalie Okafor, a retired teacher, and from Tom Reyes, who runs the store. Okafor spoke first.

            “We were never asked,” she said.
            """)
        #expect(found == ["Natalie Okafor"])
    }

    @Test func heIsTheCriticNotTheManCriticised() {
        let found = names("""
            Peter Sandoval criticised Tom Kessler at the council meeting on Monday.

            “This plan will ruin the harbor,” he said.
            """)
        #expect(found == ["Peter Sandoval"])
    }

    @Test func aNameReportedAsTheSubjectOfAClauseStaysASubject() {
        let found = names("""
            Tom Kessler had already left. Later the mayor said Peter Sandoval wrecked the plan.

            “I did no such thing,” he said.
            """)
        #expect(found == ["Peter Sandoval"])
    }

    @Test func theHusbandNamedInRunningTextIsHisOwnPerson() {
        let found = names("""
            Miriam Tolland, a donor from Dayton, said the debate had changed her mind. Along with her husband, Walt Tolland, \
            a dentist, she has given to both parties. She called the mayor “a decent man.”
            """)
        #expect(found == ["Miriam Tolland"])
    }

    @Test func aPronounTakesTheGenderOfAPersonTheListDoesNotKnow() {
        let found = names("""
            Dana Whitfield, who runs the shelter, later told the council that the town had waited too long. She has worked \
            there for eleven years.

            “We need the money now,” she said.
            """)
        #expect(found == ["Dana Whitfield"])
    }

    @Test func aPersonOfUnknownGenderNamedFurtherBackDoesNotTakeThePronoun() {
        let found = names("""
            Dana Whitfield said the town had waited too long. The council met twice in March. The budget passed in May.

            “We need the money now,” she said.
            """)
        #expect(found == ["she"])
    }

    @Test func withNobodyNamedOfTheGenderAPlaceDoesNotTakeThePronoun() {
        let found = names("""
            New Harbor Council voted on Monday to close the pier.

            “We need the money now,” she said.
            """)
        #expect(found == ["she"])
    }

    @Test func aTitleGivesTheGenderOfAGivenNameTheListDoesNotKnow() {
        let found = names("""
            Mrs. Lesley Crane spoke after Tom Reyes. “Nobody asked us,” she said.
            """)
        #expect(found == ["Lesley Crane"])
    }

    @Test func anOrganisationInADescriptionIsNoAntecedent() {
        let found = names("""
            “The threat is real,” said J.M. Berger, a fellow with George Mason University’s program on extremism.

            He added, “It will not go away soon.”
            """)
        #expect(found == ["J.M. Berger", "J.M. Berger"])
    }

    @Test func everyNameOfAListInADescriptionIsNoAntecedent() {
        // `he` is the unnamed engineer, not the last of the people his description lists: with
        // nobody else named, the pronoun stays as written.
        let found = names("""
            The new engineer, a protégé of Ana Ruiz and Dale Okafor, said that he was told to wait. “We waited a year,” \
            he said.
            """)
        #expect(found == ["he"])
    }
}
