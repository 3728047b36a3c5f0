@testable import LedeKit
import Testing

/// The sieves that read the speaker from the quotation's own sentence, around a cue or a
/// subject.
@Suite struct SentenceCueSieveTests {
    @Test func subjectThenVerbAfterTheQuotation() {
        let text = "“We will rebuild the bridge,” Tom Okafor, the town’s engineer, told reporters."
        #expect(SieveProbe.find(SubjectThenVerbSieve(), in: text) == .init(speaker: "Tom Okafor", cue: "told", carried: false))
    }

    @Test func aNameAfterADescriptionIsTheSpeaker() {
        let text = "“This is a bad deal,” Ohio Rep. Mary Stone’s chief of staff, Dan Fisher, told reporters."
        #expect(SieveProbe.find(SubjectThenVerbSieve(), in: text) == .init(speaker: "Dan Fisher", cue: "told", carried: false))
        let before = "In early May, Smith’s Ohio state director, Carl Webb, reached out to donors, writing in a letter: “Give now.”"
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: before) == .init(speaker: "Carl Webb", cue: "writing", carried: false))
        // A name first keeps its appositive out of the speaker; a time word is no name.
        let named = "“We are not there yet,” Ben Rowe, a senior negotiator, said."
        #expect(SieveProbe.find(SubjectThenVerbSieve(), in: named)?.speaker == "Ben Rowe")
        let day = "“We are not there yet,” the negotiator, Last Friday, said."
        #expect(SieveProbe.find(SubjectThenVerbSieve(), in: day)?.speaker == "the negotiator")
    }

    @Test func aPossessiveIsNoSubject() {
        // `wins` is what Lane owns, not a verb: no subject ends in a possessive.
        let text = "Lane’s wins in Ohio show she is no “regional” candidate."
        #expect(SieveProbe.find(SentenceSubjectSieve(), in: text)?.speaker.hasSuffix("’s") != true)
    }

    @Test func subjectThenVerbTakesAReducedRelativeClauseAfterTheSubject() {
        let issued = "“The claim is speculative,” the ruling issued by the court said."
        #expect(SieveProbe.find(SubjectThenVerbSieve(), in: issued) == .init(speaker: "the ruling", cue: "said", carried: false))
        let released = "“The claim is speculative,” a memo released to donors said."
        #expect(SieveProbe.find(SubjectThenVerbSieve(), in: released) == .init(speaker: "a memo released to donors", cue: "said", carried: false))
        // A time alone tells nothing of who speaks.
        let monday = "“The claim is speculative,” the ruling issued on Monday said."
        #expect(SieveProbe.find(SubjectThenVerbSieve(), in: monday) == .init(speaker: "the ruling", cue: "said", carried: false))
        // An agent tells who released the document, not who speaks.
        let agent = "“We are ready for the vote,” a statement released by the campaign said."
        #expect(SieveProbe.find(SubjectThenVerbSieve(), in: agent) == .init(speaker: "a statement", cue: "said", carried: false))
        // A clause of its own is no speaker's phrase.
        #expect(SieveProbe.find(SubjectThenVerbSieve(), in: "“We are ready,” she added, and Kim laughed as he said.") == .init(speaker: "she", cue: "added", carried: false))
        #expect(SieveProbe.find(SubjectThenVerbSieve(), in: "“We are ready,” and the crowd gathered outside said nothing.") == nil)
    }

    @Test func subjectThenVerbNeedsASpeechVerb() {
        #expect(SieveProbe.find(SubjectThenVerbSieve(), in: "“We will rebuild the bridge,” and the crowd cheered.") == nil)
    }

    @Test func precedingVerbTakesItsSubjectAcrossOtherVerbs() {
        let text = "The minister in recent weeks praised the plan, derided its critics as “naive” and left."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: text) == .init(speaker: "The minister", cue: "derided", carried: false))
    }

    @Test func anAdverbOrASpanOfTimeBeforeTheVerbIsNoPartOfTheSubject() {
        let first = "The clerk first said the ledger was “in the vault all along.”"
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: first) == .init(speaker: "The clerk", cue: "said", carried: false))
        let ago = "The water board less than two weeks ago said the pipes were “safe to drink from.”"
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: ago) == .init(speaker: "The water board", cue: "said", carried: false))
        let days = "Mayor Ruth Ames a few days ago told the council that repairs were “weeks away.”"
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: days) == .init(speaker: "Mayor Ruth Ames", cue: "told", carried: false))
        // The sentence's subject reads the same way, for a quotation with no cue of its own.
        let subject = "The clerk first called the ledger “a relic” and closed it."
        #expect(SieveProbe.find(DescribedSubjectSieve(), in: subject)?.speaker == "The clerk")
    }

    @Test func aDescriptionThatNamesSomeoneGivesTheSpeaker() {
        let named = "Another rider, a retired nurse named Edith Crane, called the service “a disgrace.”"
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: named) == .init(speaker: "Edith Crane", cue: "called", carried: false))
        // A firm so named is where the speaker works.
        let firm = "Tom Reed, at a consulting firm called Harbor Partners, called the deal “a mistake.”"
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: firm) == .init(speaker: "Tom Reed", cue: "called", carried: false))
    }

    @Test func aStateAfterATownIsWhereTheSpeakerLives() {
        let text = "Governor Ed Lane answered on Tuesday after a woman in Dayton, Ohio, told him she found him “too soft” on crime."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: text) == .init(speaker: "a woman", cue: "told", carried: false))
        let named = "Paula Grant of Santa Fe, New Mexico says the mayor is “doing fine” so far."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: named) == .init(speaker: "Paula Grant", cue: "says", carried: false))
    }

    @Test func aStateAloneBeforeItsVerbStaysTheSpeaker() {
        let text = "After the vote, Ohio announced it would keep the “old rules” for a year."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: text) == .init(speaker: "Ohio", cue: "announced", carried: false))
    }

    @Test func aParticipleAfterTheSubjectBelongsToIt() {
        let issued = "A harbor board audit issued earlier this spring reported “serious lapses” in the log books."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: issued)?.speaker == "A harbor board audit issued earlier this spring")
        let published = "A farm bulletin just published for growers warns of “a hard frost” next week."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: published)?.speaker == "A farm bulletin just published for growers")
    }

    @Test func aParticipleWithItsAgentOrAReportedSubjectStaysOut() {
        let agent = "A memo from the Dock Workers Union obtained by the Gazette warns of “a long strike” this fall."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: agent)?.speaker == "A memo from the Dock Workers Union")
        let reported = "The crew worried Captain Osei said the hull was “too thin” for ice."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: reported)?.speaker == "Captain Osei")
    }

    @Test func aBracketedNoteAfterANameBeforeAnAppositive() {
        let text = "Speaking later on the same program, Sen. Ann Crowley (D-Ore.), who has backed Lee, said Baker is a “tougher” candidate."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: text)?.speaker == "Sen. Ann Crowley")
    }

    @Test func aDayAfterADocumentNamesNobody() {
        let text = "In Boston, Mayor Tom Reyes released a statement Friday night condemning “a cowardly attack on our city.”"
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: text)?.speaker == "Mayor Tom Reyes")
    }

    @Test func anAbbreviatedMonthStaysInsideThePhrase() {
        let text = "The party’s nominee for the Nov. 8 election later said he was “joking” about it."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: text)?.speaker == "The party’s nominee for the Nov. 8 election")
    }

    @Test func forInsideAnOrganisationsName() {
        let center = "The Center for Coastal Policy Research said the cuts were “too deep” for the towns."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: center)?.speaker == "The Center for Coastal Policy Research")
        let committee = "The Committee for a Quiet Harbor called the plan “a fantasy” on Monday."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: committee)?.speaker == "The Committee for a Quiet Harbor")
        let years = "The City Council for years said the bridge was “safe enough” to cross."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: years)?.speaker == "The City Council")
    }

    @Test func soCalledIsNoCue() {
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: "The so called “harbor tax” was voted down in May.") == nil)
    }

    @Test func aCapitalisedAuxiliaryEndsANameInATitleCaseHeadline() {
        let text = "Dana Holt Is Now Calling The Mayor A ‘Coward’ Over Floods.\n\nThe floods went on."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: text)?.speaker == "Dana Holt")
        let called = "Dana Holt Got Real About Being Called ‘Too Loud’ at Work.\n\nThe floods went on."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: called)?.speaker == "Dana Holt")
    }

    @Test func precedingVerbNeedsACue() {
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: "The river rose over the “old bridge” at dawn.") == nil)
    }

    @Test func speechNounOwner() {
        let text = "Mara Lind’s warning that “the dam is failing” went unheeded."
        #expect(SieveProbe.find(SpeechNounOwnerSieve(), in: text) == .init(speaker: "Mara Lind", cue: "warning", carried: false))
        #expect(SieveProbe.find(SpeechNounOwnerSieve(), in: "The warning that “the dam is failing” went unheeded.") == nil)
    }

    @Test func speechNounOwnedByAPronoun() {
        let text = "Few listened to her warning that “the dam is failing” last spring."
        #expect(SieveProbe.find(SpeechNounOwnerSieve(), in: text)?.speaker == "her")
    }

    @Test func speechNounOwnerAcrossTheNounsComplement() {
        let pledge = "Few believed Omar Bell’s pledge to be “fair to every tenant” this year."
        #expect(SieveProbe.find(SpeechNounOwnerSieve(), in: pledge) == .init(speaker: "Omar Bell", cue: "pledge", carried: false))
        let claim = "Her claim that the council had “lost the records” was never tested."
        #expect(SieveProbe.find(SpeechNounOwnerSieve(), in: claim)?.speaker == "Her")
        let clause = "The board made an issue out of Omar Bell’s claim that the dam was “safe enough” last year."
        #expect(SieveProbe.find(SpeechNounOwnerSieve(), in: clause)?.speaker == "Omar Bell", "the name alone owns the claim")
        let broken = "Omar Bell’s pledge was repeated, and the tenants were “fair game” again."
        #expect(SieveProbe.find(SpeechNounOwnerSieve(), in: broken) == nil, "punctuation ends the complement")
        let far = "Omar Bell’s pledge to sell the old mill by the river in the spring for “a fair price” held."
        #expect(SieveProbe.find(SpeechNounOwnerSieve(), in: far) == nil, "too far from the noun")
    }

    @Test func colonIntroductionGivesTheQuotationToTheSubject() {
        #expect(SieveProbe.find(ColonIntroductionSieve(), in: "Ana Ruiz gave a blunt answer: “No.”")?.speaker == "Ana Ruiz")
        #expect(SieveProbe.find(ColonIntroductionSieve(), in: "“No,” Ana Ruiz said.") == nil)
    }

    @Test func hereOpensNoSpeakersName() {
        let text = "Here’s Ana Ruiz in 2004: “The dam will hold for another century.”"
        #expect(SieveProbe.find(ColonIntroductionSieve(), in: text)?.speaker == "Ana Ruiz")
    }

    @Test func subjectAndAnyVerbClosingTheClause() {
        #expect(SieveProbe.find(SubjectAnyVerbSieve(), in: "“That is not true,” Kofi Mensah shot back.")
            == .init(speaker: "Kofi Mensah", cue: "shot", carried: false))
        #expect(SieveProbe.find(SubjectAnyVerbSieve(), in: "“That is not true,” Kofi Mensah shot back at the crowd from the stage.") == nil)
    }

    @Test func headlineSpeakerBeforeAColon() {
        #expect(SieveProbe.find(HeadlineSpeakerSieve(), in: "Okafor: The bridge plan is “a mess”")?.speaker == "Okafor")
        #expect(SieveProbe.find(HeadlineSpeakerSieve(), in: "The engineer Tom Okafor and others: the plan is “a mess”") == nil)
    }

    @Test func relativeSubjectOfANamedPerson() {
        let text = "The award went to Ivana Petrova, who describes herself as “a stubborn optimist”."
        #expect(SieveProbe.find(RelativeSubjectSieve(), in: text) == .init(speaker: "who", cue: "describes", carried: false))
        let unnamed = "The award went to a teacher, who describes herself as “a stubborn optimist”."
        #expect(SieveProbe.find(RelativeSubjectSieve(), in: unnamed) == nil)
    }

    @Test func sentenceSubjectNamedWithoutASpeechVerb() {
        let text = "Halvorsen offered a defense of the “river compact” in the debate."
        #expect(SieveProbe.find(SentenceSubjectSieve(), in: text) == .init(speaker: "Halvorsen", cue: "offered", carried: false))
        #expect(SieveProbe.find(SentenceSubjectSieve(), in: "the old “river compact” in the debate.") == nil)
    }

    @Test func aQuestionOrNegativeWordIsNoSpeaker() {
        let nothing = "Nothing changed after the “river compact” in the debate."
        #expect(SieveProbe.find(SentenceSubjectSieve(), in: nothing) == nil)
        let why = "Why not just say: “The river is ours”?"
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: why)?.speaker != "Why")
        let named = "Nolan changed after the “river compact” in the debate."
        #expect(SieveProbe.find(SentenceSubjectSieve(), in: named)?.speaker == "Nolan")
    }

    @Test func describedSubjectWithoutACapital() {
        let text = "The leaflet attacks a “rigged housing market” in bold letters."
        #expect(SieveProbe.find(DescribedSubjectSieve(), in: text) == .init(speaker: "The leaflet", cue: "attacks", carried: false))
        #expect(SieveProbe.find(DescribedSubjectSieve(), in: "In bold letters, a “rigged housing market”.") == nil)
    }

    @Test func anOrganisationInTheSpeakersDescriptionIsNoSpeaker() {
        let text = "Rosa Quint, a planner who works for Harbor Futures, a civic group, said the port was “ready for ships.”"
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: text) == .init(speaker: "Rosa Quint", cue: "said", carried: false))
        let full = "“The port is ready,” Rosa Quint, a planner who works for Harbor Futures, a civic group, said."
        #expect(SieveProbe.find(SubjectThenVerbSieve(), in: full)?.speaker == "Rosa Quint")
        // A name in a clause that is no description stays the subject (`when Mr. Dale, who …, called`).
        let clause = "It echoed the year when Mr. Dale, who had lost the race, called for a “harbor revolt.”"
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: clause)?.speaker == "Mr. Dale")
    }

    @Test func aVerbThatPresentsATextIsNoPartOfItsSpeaker() {
        let letter = "The clinic sent a note home. The letter begins: “Dear parents, we are closing early.”"
        #expect(SieveProbe.find(ColonIntroductionSieve(), in: letter) == .init(speaker: "The letter", cue: "begins", carried: false))
        let headline = "Audit Begins: “We Want Every Receipt”"
        #expect(SieveProbe.find(ColonIntroductionSieve(), in: headline)?.speaker == "Audit")
        let with = "The flyer begins with Nora Pike saying “this bridge is ours.”"
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: with)?.speaker == "Nora Pike")
    }

    @Test func aHeadlineLabelAfterAnArticleIsNoSpeaker() {
        let series = "The Roundup: Mayor Lin defends her ‘harbor first’ plan"
        #expect(SieveProbe.find(HeadlineSpeakerSieve(), in: series) == .init(speaker: "Mayor Lin", cue: "defends", carried: false))
        #expect(SieveProbe.find(SentenceSubjectSieve(), in: series)?.speaker != "The Roundup")
        let named = "Lin: Port Plan Is ‘Overdue’"
        #expect(SieveProbe.find(HeadlineSpeakerSieve(), in: named) == .init(speaker: "Lin", cue: ":", carried: false))
    }

    @Test func aNewParticipantAfterWhenIsTheSpeaker() {
        let text = "The ferry was quiet in the fog off Dover, when a young deckhand yelled, “Rocks ahead!”"
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: text) == .init(speaker: "a young deckhand", cue: "yelled", carried: false))
    }
}
