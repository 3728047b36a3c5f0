import Testing

@testable import LedeKit

/// Speaker phrases read once for an article (``SpeakerPhrases``): a phrase whose resolution
/// reads only itself and the article is resolved once and reused; one whose resolution reads
/// the quotations before it is resolved again each time, and gives what a fresh resolution gives.
@Suite struct SpeakerPhrasesTests {
    let matcher = MentionMatcher(lexicon: .standard)

    let text = """
        Harbor plan

        Mayor Kate Holm met the port board on Monday. “We will not wait,” Holm said. “The money is there,” she added.

        Port director Sam Reed disagreed. “Nothing is signed,” Reed said, and the official added: “Not yet.”

        “It is a good plan,” the official said, before Holm spoke again. “We start in May,” she said.
        """

    /// Every speaker phrase the rule sieves find in `text`, quotation by quotation, each with
    /// the attributions made before it.
    func found() -> (document: AnnotatedArticle, phrases: [(cue: SpeakerCue, sentence: [Token], history: AttributionHistory)]) {
        let document = AnnotatedArticle(article: ArticleParser.parse(text))
        let resolver = SpeakerResolver(matcher: matcher, names: document.names)
        var history = AttributionHistory()
        var found: [(cue: SpeakerCue, sentence: [Token], history: AttributionHistory)] = []
        for span in document.spans {
            let quotation = QuotationContext(span: span, in: document, previousQuote: history.lastQuote, history: history)
            var quote = Quote(range: span.content, extent: span.extent, kind: quotation.kind, paragraphIndex: span.paragraphIndex)
            for sieve in QuoteSieveOrder.sieves(for: quotation.kind) {
                guard case .speaker(let cue, let sentence) = sieve.attribute(quotation) else { continue }
                found.append((cue, sentence, history))
                if quote.attribution == nil {
                    quote.attribution = resolver.attribution(cue, sentence: sentence, in: document.article, earlier: history, sieve: sieve.name)
                }
            }
            history.append(quote)
        }
        return (document, found)
    }

    @Test func everyPhraseIsAttributedAsAFreshResolutionWould() {
        let (document, found) = found()
        let resolver = SpeakerResolver(matcher: matcher, names: document.names)
        var phrases = SpeakerPhrases(resolver: resolver)
        // Twice over, so the second pass reads every phrase from what the first kept.
        for _ in 0..<2 {
            for (cue, sentence, history) in found {
                let fresh = resolver.attribution(cue, sentence: sentence, in: document.article, earlier: history, sieve: "s")
                #expect(phrases.attribution(cue, sentence: sentence, in: document.article, earlier: history, sieve: "s") == fresh)
            }
        }
        let names = found.map { resolver.attribution($0.cue, sentence: $0.sentence, in: document.article, earlier: $0.history, sieve: "s").speakerName }
        #expect(names.contains("Kate Holm") && names.contains("Sam Reed"))
    }

    @Test func onlyPhrasesThatReadNoContextAreResolvedOnce() {
        let (document, found) = found()
        var phrases = SpeakerPhrases(resolver: SpeakerResolver(matcher: matcher, names: document.names))
        let bySpeaker = Dictionary(found.map { (document.article[$0.cue.speakerRange], $0.cue.speaker) }, uniquingKeysWith: { first, _ in first })
        #expect(phrases.phrase(bySpeaker["Holm"]!, in: document.article).resolved?.resolution.name == "Kate Holm")
        #expect(phrases.phrase(bySpeaker["Reed"]!, in: document.article).resolved?.sieve == "person-name")
        #expect(phrases.phrase(bySpeaker["she"]!, in: document.article).resolved == nil)
        #expect(phrases.phrase(bySpeaker["the official"]!, in: document.article).resolved == nil)
    }

    @Test func aPhraseKeepsTheFeaturesOfItsWords() {
        let (document, found) = found()
        var phrases = SpeakerPhrases(resolver: SpeakerResolver(matcher: matcher, names: document.names))
        let official = found.first { document.article[$0.cue.speakerRange] == "the official" }!.cue.speaker
        let phrase = phrases.phrase(official, in: document.article)
        #expect(phrase.speaker == "the official" && phrase.headNoun == "official")
        #expect(phrase.features["determiner"] == 1 && phrase.features["length"] == 2.0 / 8 && phrase.features["capitalised"] == nil)
    }
}
