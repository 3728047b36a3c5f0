import Testing

@testable import LedeKit

/// The forms of phrase the speaker ranker is offered from a quotation's sentence
/// (``CandidateGenerator/mentions(in:)``), on sentences written for them.
@Suite struct CandidateFormsTests {
    /// The phrases the sentence of the first quotation of `body` offers, as written.
    func mentions(_ body: String) -> [String] {
        let document = AnnotatedArticle(article: ArticleParser.parse("Headline\n\n\(body)"))
        let quotation = QuotationContext(span: document.spans[0], in: document, previousQuote: nil, history: AttributionHistory())
        let generator = CandidateGenerator(resolver: SpeakerResolver(matcher: MentionMatcher(lexicon: .standard), names: document.names))
        return generator.mentions(in: quotation).map { SpeakerMention.written($0[...]) }
    }

    @Test func theSubjectOfAVerbBeforeTheQuotationThatIsNoSpeechVerb() {
        #expect(mentions("At one point the crowd loudly reprised the chant “Send them home” for a minute.").contains("the crowd"))
        #expect(mentions("Nearby, about 50 nurses had gathered on the steps, chanting “Fair pay now.”").contains("50 nurses"))
        #expect(mentions("The former surgeon addressed the panel, remarking that “this is routine.”").contains("The former surgeon"))
    }

    @Test func neitherTheObjectOfAPrepositionNorATimeIsASubject() {
        let found = mentions("The minister in recent weeks praised the plan, derided its critics as “naive” and left.")
        #expect(!found.contains("recent weeks"))
        #expect(!mentions("Critics of the plan quickly compared it to “a tax on bread.”").contains("the plan"))
    }

    @Test func aDayOrATimeIsNoMention() {
        let found = mentions("The senator on Tuesday said “we will not back down.”")
        #expect(found.contains("The senator"))
        #expect(!found.contains("Tuesday"))
        #expect(!mentions("Late on Friday Night the council said “the vote stands.”").contains("Friday Night"))
        // A name that is also a month stays a person.
        #expect(mentions("Prime Minister May said “the talks go on.”").contains { $0.hasSuffix("May") })
    }

    @Test func aSubjectBeforeItsVerbEndsBeforeAdverbsAndASpanOfTime() {
        let found = mentions("The water board less than two weeks ago said “the pipes are safe.”")
        #expect(found.contains("The water board"))
        #expect(!found.contains { $0.hasSuffix("ago") })
        #expect(!mentions("The clerk first said “it was in the vault.”").contains("The clerk first"))
    }

    @Test func anAuxiliaryIsNoSubject() {
        #expect(!mentions("The transition cannot be portrayed as “a fight between good and evil.”").contains("be"))
        #expect(!mentions("The plan has been described as “a mess” by critics.").contains("been"))
    }

    @Test func aVerbAfterTheQuotationOffersNoSubjectOfItsOwn() {
        #expect(!mentions("“Send them home,” the crowd chanted, and the guards watched.").contains("the guards"))
    }

    @Test func peopleInThePluralAfterASubordinatorAreTheSpeakers() {
        #expect(mentions("Lee had a good night, when many viewers called him “the adult in the room.”").contains("many viewers"))
        #expect(mentions("The school is what former students have called “a fraud.”").contains("former students"))
    }
}
