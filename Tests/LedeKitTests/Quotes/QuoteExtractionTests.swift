import LedeKit
import Testing

/// Quotation patterns, one short article of our own per pattern.
@Suite struct QuoteExtractionTests {
    /// The quotes of `body` (under a title line), as (text, kind, speaker, speakerName, cue).
    func quotes(
        _ body: String, title: String = "Headline", ranking: Bool = true
    ) -> [(text: String, kind: Quote.Kind, speaker: String?, name: String?, cue: String?)] {
        let analysis = Analyzer(ranking: ranking).analyze(bytes: Array("\(title)\n\n\(body)".utf8))
        return analysis.quotes.map { quote in
            (analysis.article[quote.range], quote.kind, quote.attribution?.speaker, quote.attribution?.speakerName,
             quote.attribution?.cue)
        }
    }

    @Test func speakerAfterTheQuoteInverted() {
        let found = quotes("“The harvest was poor,” said Jane Miller, a farmer from the valley.")
        #expect(found.count == 1)
        #expect(found[0].text == "The harvest was poor,")
        #expect(found[0].kind == .full)
        #expect(found[0].speaker == "Jane Miller")
        #expect(found[0].cue == "said")
    }

    @Test func straightMarksInsideCurlyOnesQuoteWithinTheQuotation() {
        // A quoted review in curly marks that quotes a phrase in straight ones: one quotation.
        let found = quotes("""
            “Some call it the "ferry of the future," but it is always late,” wrote Ana Ruiz. "It is not," the company said.
            """)
        #expect(found.map(\.text) == ["Some call it the \"ferry of the future,\" but it is always late,", "It is not,"])
        #expect(found.map(\.speaker) == ["Ana Ruiz", "the company"])
    }

    @Test func aStraightMarkClosesACurlyQuotationWithNoCurlyCloseAfterIt() {
        let found = quotes("“The boats are late,\" said Ana Ruiz, a ferry user.")
        #expect(found.map(\.text) == ["The boats are late,"])
    }

    @Test func aParticipleBeforeTheNounBelongsToTheSpeaker() {
        // `embattled`, `retired`: past forms that describe the noun after a determiner.
        let found = quotes("""
            “We have to act,” the embattled governor said on Monday. “We have to listen,” the retired neurosurgeon told \
            a radio host. “We waited,” a disappointed voter said.
            """)
        #expect(found.map(\.speaker) == ["the embattled governor", "the retired neurosurgeon", "a disappointed voter"])
        #expect(found.map(\.cue) == ["said", "told", "said"])
    }

    @Test func speakerAfterTheQuoteSubjectFirstWithAppositive() {
        let found = quotes("“We will rebuild the bridge,” Tom Okafor, the town’s engineer, told reporters.")
        #expect(found.first?.speaker == "Tom Okafor")
        #expect(found.first?.cue == "told")
    }

    @Test func speakerBeforeWithColon() {
        let found = quotes("The mayor said: “Nobody will be left behind.”")
        #expect(found.first?.speaker == "The mayor")
        #expect(found.first?.kind == .full)
    }

    @Test func partialQuoteTakesTheSubjectOfItsVerb() {
        let found = quotes("The minister in recent weeks praised the plan, derided its critics as “naive” and left.")
        #expect(found.first?.kind == .partial)
        #expect(found.first?.text == "naive")
        #expect(found.first?.speaker == "The minister")
        #expect(found.first?.cue == "derided")
    }

    @Test func definiteRoleResolvesToTheEarlierDescription() {
        let found = quotes("""
            A senior border official said the crossing would reopen. “We expect traffic by Friday,” the official said.
            """)
        #expect(found.first?.speaker == "the official")
        #expect(found.first?.name == "A senior border official")
    }

    @Test func roleWithAPlaceResolvesToThePersonTheArticleNames() {
        let found = quotes("""
            Iran’s foreign minister called the talks “useful”.

            Later, Iranian foreign minister Mohammad Javad Zarif met the envoy.
            """)
        #expect(found.first?.speaker == "Iran’s foreign minister")
        #expect(found.first?.name == "Mohammad Javad Zarif")
    }

    @Test func titlesAreDroppedFromNamesAndSurnamesCompleted() {
        let found = quotes("""
            President Barack Obama spoke first. “We are ready,” said President Barack Obama.

            “The work goes on,” Obama said.
            """)
        #expect(found.map(\.name) == ["Barack Obama", "Barack Obama"])
    }

    @Test func paragraphWithNoAttributionContinuesThePreviousSpeaker() {
        let found = quotes("""
            “The river rose fast,” said Ana Ruiz, who runs the shelter.

            “By morning the whole street was under water.”
            """)
        #expect(found.count == 2)
        #expect(found[1].name == "Ana Ruiz")
        #expect(found[1].cue == nil)
    }

    @Test func quoteSplitByItsAttribution() {
        let found = quotes("“We tried,” she said. “We failed.” Maria Lopez had led the team.")
        #expect(found.count == 2)
        #expect(found[0].speaker == "she")
        #expect(found[1].speaker == "she")
    }

    @Test func pronounResolvesToThePersonNamedBefore() {
        let found = quotes("Sofia Brandt arrived late. “I missed the train,” she said.")
        #expect(found.first?.speaker == "she")
        #expect(found.first?.name == "Sofia Brandt")
    }

    @Test func accordingTo() {
        let found = quotes("The deal is “nearly done”, according to Paul Weber, a banker.")
        #expect(found.first?.speaker == "Paul Weber")
        #expect(found.first?.cue == "according to")
    }

    @Test func questionQuoteWithTheSpeakerInTheNextSentence() {
        let found = quotes("“Can we win the county?” Mr. Hale asked. “I think so.”")
        #expect(found.map(\.speaker) == ["Mr. Hale", "Mr. Hale"])
    }

    @Test func doubledAndStraightMarks() {
        let found = quotes("''It is late,'' he said. \"Very late,\" she added.")
        #expect(found.map(\.text) == ["It is late,", "Very late,"])
        #expect(found.map(\.speaker) == ["he", "she"])
    }

    @Test func marksTypedTheWrongWayRound() {
        let found = quotes("He called it ”a mistake” and left.")
        #expect(found.map(\.text) == ["a mistake"])
    }

    @Test func unclosedQuoteEndsAtItsParagraph() {
        let found = quotes("“This never closes, said nobody.\n\nA second paragraph with “a quote” in it.")
        #expect(found.count == 2)
        #expect(found[0].text == "This never closes, said nobody.")
        #expect(found[1].text == "a quote")
    }

    @Test func scareQuoteHasNoSpeaker() {
        let found = quotes("The so-called “reform” was never debated.")
        #expect(found.count == 1)
        #expect(found[0].speaker == nil)
        #expect(found[0].kind == .partial)
    }

    @Test func speakersArePlacedWithActors() {
        let analysis = Analyzer().analyze(bytes: Array("""
            Headline

            “We will not withdraw,” said a Russian diplomat.

            “Sanctions will stay,” a White House spokesman said.

            “It is a good day,” said Anna Berg, a teacher.
            """.utf8))
        #expect(analysis.quotes.map { $0.attribution?.actorID } == ["russia", "us", nil])
    }

    @Test func singleQuotesInTheBritishStyle() {
        let found = quotes("‘We will hold the line,’ said Priya Nair, the union’s leader. Her members’ patience was thin.")
        #expect(found.map(\.text) == ["We will hold the line,"])
        #expect(found.first?.speaker == "Priya Nair")
    }

    @Test func singleQuotesInsideDoubleOnesAreNotQuotationsOfTheirOwn() {
        let found = quotes("“He told me ‘not today’ and left,” said Omar Diallo.")
        #expect(found.map(\.text) == ["He told me ‘not today’ and left,"])
    }

    @Test func apostrophesAreNotQuotes() {
        let found = quotes("The officials’ plan, drafted in the ’90s, was the council’s idea. Rock ’n’ roll won’t die.")
        #expect(found.isEmpty)
    }

    @Test func quotedHeadlineInSingleMarks() {
        let found = quotes("The mayor spoke on Monday.", title: "‘We will not close the library’, says mayor")
        #expect(found.map(\.text) == ["We will not close the library"])
    }

    @Test func transcriptTurnsAreQuotesOfTheirSpeaker() {
        let found = quotes("""
            The debate between Senator Ruth Calder and Governor Ian Moss ran late.

            CALDER: The budget must come first.

            MOSS: I disagree with the senator.

            UPDATE: This story has been corrected.
            """)
        #expect(found.map(\.text) == ["The budget must come first.", "I disagree with the senator."])
        #expect(found.map(\.name) == ["Ruth Calder", "Ian Moss"])
        #expect(found.map(\.cue) == [":", ":"])
    }

    @Test func quoteRunningOverParagraphsKeepsItsSpeaker() {
        let found = quotes("""
            “The first thing we did was count the damage,” said Lena Fischer, the site manager. “Then we called everyone.

            “By noon the crews were back at work.”
            """)
        #expect(found.count == 3)
        #expect(found.map(\.name) == ["Lena Fischer", "Lena Fischer", "Lena Fischer"])
        #expect(found[1].text == "Then we called everyone.")
    }

    @Test func asSomeoneReported() {
        let found = quotes("As the Gazette reported, the plan was “dead on arrival” in the council.")
        #expect(found.first?.speaker == "the Gazette")
    }

    @Test func capitalisedNameThatIsAlsoAVerb() {
        let found = quotes("“We will appeal the ruling,” Read said.")
        #expect(found.first?.speaker == "Read")
        #expect(found.first?.cue == "said")
    }

    @Test func pluralPronounWithAPlainVerb() {
        let found = quotes("“The evidence does not support the claim,” they conclude.")
        #expect(found.first?.speaker == "they")
    }

    @Test func speakerAfterADatelineWithAnAgency() {
        let found = quotes("Lisbon (Reuters) – Mayor Ana Costa called the vote “a turning point” on Monday.")
        #expect(found.first?.speaker == "Mayor Ana Costa")
        #expect(found.first?.name == "Ana Costa")
    }

    @Test func subjectAfterAnIntroductoryPhrase() {
        let found = quotes("At a rally in Porto, on Sunday, Senator Rui Alves endorsed the mayor, saying she would “fix the trams.”")
        #expect(found.first?.name == "Rui Alves")
    }

    @Test func nameWithAnAppositiveBeforeTheCue() {
        let found = quotes("“It was a long night,” Ines Moreau, 52, a nurse at the clinic, said.")
        #expect(found.first?.speaker == "Ines Moreau")
    }

    @Test func aSentenceEndingInSourceAndVerbIsAttributedToTheSource() {
        let found = quotes("The council called the budget “fragile” and delayed the vote, the Courier reported.")
        #expect(found.first?.speaker == "the Courier")
        #expect(found.first?.cue == "reported")
    }

    @Test func theOwnerOfASpeechNounIsTheSpeaker() {
        let found = quotes("The debate turned on Senator Ruth Avery’s pledge of “no new taxes” for farmers.")
        #expect(found.first?.speaker == "Senator Ruth Avery")
        #expect(found.first?.name == "Ruth Avery")
        #expect(found.first?.cue == "pledge")
    }

    @Test func aPossessivePronounBeforeASpeechNounResolvesToThePersonNamed() {
        // The rules' resolution; the ranker weighs `Voters` against it on its own.
        let found = quotes("Mayor Tom Baines spoke at noon. Voters cheered his call for “a cleaner river” at the end.", ranking: false)
        #expect(found.first?.speaker == "his")
        #expect(found.first?.name == "Tom Baines")
    }

    @Test func aSpeechNounAfterAPossessiveIsNoCue() {
        let found = quotes("Ana Ruiz called Peter Cole’s remarks “reckless” on Friday.")
        #expect(found.first?.speaker == "Ana Ruiz")
        #expect(found.first?.cue == "called")
    }

    @Test func aQuoteSignedByTheParagraphAfterIt() {
        let found = quotes("“We will not give up on this town.”\n\n— Maria Lopez, at the rally.\n\nThe rally ended at nine.")
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func aDescribedNameBeforeTheCueAfterAnAside() {
        let found = quotes("“The bridge is safe” for now, Chief engineer Dana Wills said on Monday.")
        #expect(found.first?.speaker == "Chief engineer Dana Wills")
        #expect(found.first?.name == "Dana Wills")
    }

    @Test func aDefiniteGroupBeforeThePlainVerbAfterAnAside() {
        let found = quotes("The plan deepens “a divide in the valley” that will last, the groups say.")
        #expect(found.first?.speaker == "the groups")
    }

    @Test func aPartialQuoteInARelativeClauseBelongsToWho() {
        let found = quotes("Lena Ford, who portrayed the plan as “a gift to developers,” spoke first.")
        #expect(found.first?.speaker == "who")
        #expect(found.first?.name == "Lena Ford")
    }

    @Test func aPartialQuoteBelongsToAnUncapitalisedSubjectWithAPresentTenseVerb() {
        // The rules' finding; the shipped ranker may take it away again, as a scare quote.
        let found = quotes("The new ad targets a “rigged system” in the capital.", ranking: false)
        #expect(found.first?.speaker == "The new ad")
    }

    @Test func aPhraseAfterAnInvertedVerbThatHasAVerbOfItsOwnIsNoSpeaker() {
        let found = quotes("Ms. Hale, citing “the cost of delay,” said the council could act sooner.")
        #expect(found.first?.speaker == "Ms. Hale")
        #expect(found.first?.cue == "citing")
    }

    @Test func theSubjectRightBeforeItsVerbWinsOverAPlaceWithAnAppositive() {
        let found = quotes("Speaking at a fair in Leeds, Yorkshire, Ann Cole went after her rival, calling him “a bore.”")
        #expect(found.first?.speaker == "Ann Cole")
    }

    @Test func aSecondVerbTakesTheSubjectOfItsOwnClause() {
        let found = quotes("Kim Lo opened the meeting. Mr. Bell stood when he brought up the flood and later said “we failed.”")
        #expect(found.first?.speaker == "he")
        #expect(found.first?.name == "Bell")
        #expect(found.first?.cue == "said")
    }

    @Test func aParticipleAfterASubordinateClauseTakesTheMainSubject() {
        let found = quotes("Ruth Dale apologized for the posts after they surfaced, saying they were “old jokes.”")
        #expect(found.first?.speaker == "Ruth Dale")
    }

    @Test func referredToAsIsACue() {
        let found = quotes("Mayor Jon Pike spoke on Monday. Later, he referred to the plan as “a fantasy.”")
        #expect(found.first?.speaker == "he")
        #expect(found.first?.name == "Jon Pike")
        #expect(found.first?.cue == "referred")
    }

    @Test func aHeadlineNameBeforeAColonSpeaksTheQuoteAfterIt() {
        let found = quotes("The council met on Monday.", title: "Pike: Budget plan is ‘a fantasy’")
        #expect(found.first?.text == "a fantasy")
        #expect(found.first?.speaker == "Pike")
    }

    @Test func aPresentTenseVerbBeforeAPartialQuoteEndsTheSubject() {
        // (A quoted title would be nobody's words: TitleSieveTests.)
        // The rules' finding; the shipped ranker may take it away again, as a scare quote.
        let found = quotes("The county sheriff likes “a quiet valley,” and little else.", ranking: false)
        #expect(found.first?.speaker == "The county sheriff")
    }

    @Test func aPresentTenseVerbAfterANameEndsTheSubjectBeforeAnArticle() {
        let found = quotes("Okafor lists the options in a memo: “Repair the bridge or close it.”", ranking: false)
        #expect(found.first?.speaker == "Okafor")
        // A plural noun after a name stays in the phrase.
        let plural = quotes("Okafor supporters said the plan was “long overdue.”", ranking: false)
        #expect(plural.first?.speaker == "Okafor supporters")
    }

    @Test func aQuotationParagraphAfterAParagraphAboutAPersonIsTheirs() {
        // The rules' finding; the ranker retrained in the speakers7 round (all margins 0) may
        // take it away, as it does other quotations of a whole paragraph with no cue.
        let found = quotes("“We are ready,” Ms. Nolan said.\n\nNolan is upbeat about the vote.\n\n“Nobody expected this turnout.”", ranking: false)
        #expect(found.count == 2)
        #expect(found.last?.speaker == "Nolan")
        #expect(found.last?.name == "Nolan")
    }

    @Test func aQuotationParagraphGoesOnWithTheSpeakerQuotedJustBefore() {
        // The rules' finding (`recent-speaker`); the shipped ranker, which has seen that sieve
        // decide only 12 tune quotations, may take it away (docs/evaluation.md).
        let text = "“We are ready,” said Ada Nolan.\n\nThe crowd of farmers cheered for a long time.\n\n“Nobody expected this turnout.”"
        #expect(quotes(text, ranking: false).last?.name == "Ada Nolan")
    }

    @Test func whoWithAPhraseBeforeItsSpeechVerbIsTheSpeaker() {
        let found = quotes("Ann Bly, who has in the past described the mayor as “a bully,” spoke first.")
        #expect(found.first?.speaker == "who")
        #expect(found.first?.name == "Ann Bly")
    }

    @Test func whoAsTheObjectOfAnotherSpeakerIsNotTheSpeaker() {
        let found = quotes("Lee Park spoke about Ann Bly, who he dubbed “the quiet one.”")
        #expect(found.first?.speaker == "he")
        #expect(found.first?.name == "Lee Park")
    }

    @Test func aSentenceAdverbIsNoPartOfTheSpeaker() {
        let found = quotes("Mayor Jon Pike spoke. Now his aides praised the plan as “bold.”")
        #expect(found.first?.speaker == "his aides")
    }

    @Test func asTheDescribedNameWroteIntroducesTheQuote() {
        let found = quotes("As the columnist Ann Lee had written, “nobody reads the minutes.”")
        #expect(found.first?.speaker == "the columnist Ann Lee")
        #expect(found.first?.name == "Ann Lee")
    }

    @Test func aPartialQuoteWithNoSpeakerGoesOnWithTheQuoteBeforeItInItsParagraph() {
        let found = quotes("“The river is rising,” Tom Ruiz added. But that is not the same as “a flood.”")
        #expect(found.count == 2)
        #expect(found.last?.kind == .partial)
        #expect(found.last?.speaker == "Tom Ruiz")
    }
}
