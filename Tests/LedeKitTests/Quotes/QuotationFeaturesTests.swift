import Testing

@testable import LedeKit

/// The features of the ranker's option to give a quotation no speaker: its shape, its place,
/// the words beside it and the sieve that decided it.
@Suite struct QuotationFeaturesTests {
    /// The option's features for the first quotation of `text`, as the extractor gives them.
    func features(_ text: String) -> [String: Double] {
        let document = AnnotatedArticle(article: ArticleParser.parse(text))
        let quotation = QuotationContext(span: document.spans[0], in: document, previousQuote: nil, history: AttributionHistory())
        let decider = QuoteSieveOrder.sieves(for: quotation.kind).first { $0.attribute(quotation) != nil }
        return QuotationFeatures(quotation: quotation).values(decidingSieve: decider?.name, speakerCandidates: 2).dictionary
    }

    @Test func aWholeUtteranceBeforeItsSpeakerLooksLikeOne() {
        let found = features("Notes\n\n“We will win this race,” Jane Miller said.")
        #expect(found["nobody"] == 1 && found["nobody&words:4-6"] == 1 && found["nobody&ends-comma"] == 1)
        #expect(found["nobody&opens-paragraph"] == 1 && found["nobody&opens-sentence"] == 1 && found["nobody&cue-after"] == 1)
        #expect(found["nobody&rules:subject-then-verb"] == 1 && found["nobody&speaker-candidates"] == 0.2)
        #expect(found["nobody&title-case"] == nil && found["nobody&ends-sentence"] == nil)
        #expect(!found.keys.contains { $0.hasPrefix("nobody&partial&") })
    }

    @Test func aNamedTermInsideTheWritersSentenceLooksLikeATitle() {
        let found = features("Notes\n\nThe reform, dubbed “The Freedom Plan” by its authors, passed on Monday.")
        #expect(found["nobody&words:3"] == 1 && found["nobody&title-case"] == 1 && found["nobody&before:dubbed"] == 1)
        #expect(found["nobody&partial&before:dubbed"] == 1 && found["nobody&partial&title-case"] == 1)
        #expect(found["nobody&opens-sentence"] == nil && found["nobody&ends-stop"] == nil && found["nobody&capitals"] == nil)
    }

    @Test func smallWordsKeepATitleInTitleCaseAndLowerWordsDoNot() {
        #expect(features("Notes\n\nShe praised “Tales from the Crypt” warmly.")["nobody&title-case"] == 1)
        let lower = features("Notes\n\nShe praised “a very good plan” warmly.")
        #expect(lower["nobody&title-case"] == nil && lower["nobody&lower-start"] == 1 && lower["nobody&words:4-6"] == 1)
    }

    @Test func capitalsPunctuationAndTheSentencesEnd() {
        let found = features("Notes\n\nProtesters chanted “NO MORE WARS.”")
        #expect(found["nobody&capitals"] == 1 && found["nobody&ends-stop"] == 1 && found["nobody&ends-sentence"] == 1)
        #expect(found["nobody&inner-punctuation"] == nil)
        let inner = features("Notes\n\nHe said: “Yes, we can. We will.”")
        #expect(inner["nobody&inner-punctuation"] == 1 && inner["nobody&colon-before"] == 1)
    }

    @Test func wordsOfASpokenClauseAreTold() {
        let spoken = features("Notes\n\nShe said “we don’t know yet” on Monday.")
        #expect(spoken["nobody&person-words"] == 1 && spoken["nobody&verb-words"] == 1)
        let term = features("Notes\n\nShe called it “a frankly unbelievable mess” on Monday.")
        #expect(term["nobody&person-words"] == nil && term["nobody&verb-words"] == nil)
    }

    @Test func featuresAreGivenAgainUnderTheDecidingSieve() {
        let found = features("Notes\n\n“We will win this race,” Jane Miller said.")
        #expect(found["nobody&subject-then-verb&ends-comma"] == 1 && found["nobody&subject-then-verb&person-words"] == 1)
        #expect(found["nobody&subject-then-verb&rules:subject-then-verb"] == nil)
        #expect(found["nobody&none&ends-comma"] == nil)
    }

    @Test func aLongQuotationIsReadOnItsStartAndItsEnd() {
        let long = Array(repeating: "the plan will cost more than anyone thought", count: 30).joined(separator: " and ")
        #expect(long.unicodeScalars.count > QuotationFeatures.readLength)
        let found = features("Notes\n\n“\(long) today.” Jane Miller said.")
        #expect(found["nobody&words:13-"] == 1 && found["nobody&ends-stop"] == 1 && found["nobody&verb-words"] == 1)
        #expect(found["nobody&ends-comma"] == nil)
    }

    @Test func everyFeatureIsNamedInTheTable() {
        let names = Set(QuotationFeatures.names)
        for text in [
            "Notes\n\n“We will win this race,” Jane Miller said.", "Notes\n\nThe reform, dubbed “The Freedom Plan” by its authors, passed.",
            "Notes\n\nProtesters chanted “NO MORE WARS.”", "Notes\n\nHe said: “Yes, we can. We will.”",
        ] {
            #expect(Set(features(text).keys).isSubset(of: names), "\(text)")
        }
    }
}
