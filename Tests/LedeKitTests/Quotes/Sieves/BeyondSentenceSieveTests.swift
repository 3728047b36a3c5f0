@testable import LedeKit
import Testing

/// The sieves that look beyond the quotation's sentence: signatures, continuations, the
/// sentence before, the speaker quoted last.
@Suite struct BeyondSentenceSieveTests {
    @Test func signatureLineAfterTheQuotation() {
        let text = "“Build the bridge and they will come.”\n\n— Tom Okafor, at the town meeting"
        #expect(SieveProbe.find(SignatureLineSieve(), in: text) == .init(speaker: "Tom Okafor", cue: "—", carried: false))
        #expect(SieveProbe.find(SignatureLineSieve(), in: "“Build the bridge and they will come.”\n\n— the end") == nil)
        // A review round-up credits each quoted review in brackets.
        #expect(SieveProbe.find(SignatureLineSieve(), in: "“The boats are quiet and quick.”\n\n[Harbour Weekly]")
            == .init(speaker: "Harbour Weekly", cue: "[", carried: false))
        #expect(SieveProbe.find(SignatureLineSieve(), in: "“The boats are quiet and quick.”\n\n[the end]") == nil)
        #expect(SieveProbe.find(SignatureLineSieve(), in: "“The boats are quiet and quick.”\n\n[The Harbour Weekly]")
            == .init(speaker: "The Harbour Weekly", cue: "[", carried: false))
        #expect(SieveProbe.find(SignatureLineSieve(), in: "“The boats are quiet and quick.”\n\n— The end") == nil)
        #expect(SieveProbe.find(SignatureLineSieve(), in: "“The boats are quiet and quick.”\n\n[Harbour Weekly") == nil)
    }

    @Test func signatureLineAfterAPostOfSeveralLines() {
        // An embedded post whose lines were paragraphs of their own: the signature after the
        // last signs them all, but not a paragraph of prose before them.
        let text = """
            The council met on Monday.

            “The ferry runs again:”

            “Boats every hour from six.”

            — Harbour Council (@harbourcouncil) March 3, 2026
            """
        #expect(SieveProbe.find(SignatureLineSieve(), in: text, quotation: 0)?.speaker == "Harbour Council")
        #expect(SieveProbe.find(SignatureLineSieve(), in: text, quotation: 1)?.speaker == "Harbour Council")
        let prose = "“The ferry runs again,” she said.\n\nThe boats leave every hour.\n\n— Harbour Council"
        #expect(SieveProbe.find(SignatureLineSieve(), in: prose, quotation: 0) == nil)
    }

    @Test func continuationInTheSameParagraph() {
        let text = "“The river rose fast,” said Ana Ruiz. “By morning it was over the road.”"
        #expect(SieveProbe.find(ContinuationSieve(), in: text, quotation: 1) == .init(speaker: "Ana Ruiz", cue: nil, carried: true))
    }

    @Test func continuationOverAParagraphBreak() {
        let text = "“The river rose fast,” said Ana Ruiz.\n\n“By morning it was over the road.”"
        #expect(SieveProbe.find(ContinuationSieve(), in: text, quotation: 1)?.speaker == "Ana Ruiz")
    }

    @Test func noContinuationForAPartialQuotationInAnotherParagraph() {
        let text = "“The river rose fast,” said Ana Ruiz.\n\nThe council met on a “quiet” evening."
        #expect(SieveProbe.find(ContinuationSieve(), in: text, quotation: 1) == nil)
    }

    @Test func introducingParagraphEndingInAColon() {
        let text = "Ana Ruiz wrote on her blog:\n\n“We will rebuild the shelter.”"
        #expect(SieveProbe.find(IntroducingSentenceSieve(), in: text)?.speaker == "Ana Ruiz")
    }

    @Test func introducingSentenceInTheSameParagraph() {
        let text = "Ana Ruiz praised the volunteers. “They worked all night.”"
        #expect(SieveProbe.find(IntroducingSentenceSieve(), in: text)?.speaker == "Ana Ruiz")
    }

    @Test func noIntroductionAfterAParagraphAboutNobody() {
        let text = "The storm ended at noon.\n\n“We will rebuild the shelter,” and the crowd cheered."
        #expect(SieveProbe.find(IntroducingSentenceSieve(), in: text) == nil)
    }

    @Test func recentSpeakerUpToTwoParagraphsBack() {
        let text = "“The river rose fast,” said Ana Ruiz.\n\nThe water fell by noon.\n\n“We were lucky.”"
        #expect(SieveProbe.find(RecentSpeakerSieve(), in: text, quotation: 1) == .init(speaker: "Ana Ruiz", cue: nil, carried: true))
        let far = "“The river rose fast,” said Ana Ruiz.\n\nThe water fell by noon.\n\nRoads opened.\n\n“We were lucky.”"
        #expect(SieveProbe.find(RecentSpeakerSieve(), in: far, quotation: 1) == nil)
    }
}
