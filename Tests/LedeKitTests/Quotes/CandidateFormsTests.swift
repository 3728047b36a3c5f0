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

    @Test func peopleInThePluralAfterASubordinatorAreTheSpeakers() {
        #expect(mentions("Lee had a good night, when many viewers called him “the adult in the room.”").contains("many viewers"))
    }
}
