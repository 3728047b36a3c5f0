@testable import LedeKit
import Testing

/// The sieves that read the speaker from the quotation's own sentence, around a cue or a
/// subject.
@Suite struct SentenceCueSieveTests {
    @Test func subjectThenVerbAfterTheQuotation() {
        let text = "“We will rebuild the bridge,” Tom Okafor, the town’s engineer, told reporters."
        #expect(SieveProbe.find(SubjectThenVerbSieve(), in: text) == .init(speaker: "Tom Okafor", cue: "told", carried: false))
    }

    @Test func subjectThenVerbNeedsASpeechVerb() {
        #expect(SieveProbe.find(SubjectThenVerbSieve(), in: "“We will rebuild the bridge,” and the crowd cheered.") == nil)
    }

    @Test func precedingVerbTakesItsSubjectAcrossOtherVerbs() {
        let text = "The minister in recent weeks praised the plan, derided its critics as “naive” and left."
        #expect(SieveProbe.find(PrecedingVerbSieve(), in: text) == .init(speaker: "The minister", cue: "derided", carried: false))
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

    @Test func describedSubjectWithoutACapital() {
        let text = "The leaflet attacks a “rigged housing market” in bold letters."
        #expect(SieveProbe.find(DescribedSubjectSieve(), in: text) == .init(speaker: "The leaflet", cue: "attacks", carried: false))
        #expect(SieveProbe.find(DescribedSubjectSieve(), in: "In bold letters, a “rigged housing market”.") == nil)
    }
}
