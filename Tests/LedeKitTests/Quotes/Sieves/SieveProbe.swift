@testable import LedeKit

/// Runs one quote sieve on a quotation of a short article of our own, with the quotations
/// before it attributed as the whole engine attributes them.
enum SieveProbe {
    /// What a sieve found: the speaker's words as written (or the carried speaker's name),
    /// the cue, whether it was carried from an earlier quotation, and whether the sieve
    /// found the quotation is nobody's words.
    struct Found: Equatable {
        var speaker: String
        var cue: String?
        var carried: Bool
        var noSpeaker = false
    }

    /// What `sieve` finds for quotation `index` of `body`, under a title line.
    static func find(_ sieve: any QuoteSieve, in body: String, quotation index: Int = 0) -> Found? {
        let article = ArticleParser.parse("Headline\n\n\(body)")
        let document = AnnotatedArticle(article: article)
        let earlier = QuoteExtractor(matcher: MentionMatcher(lexicon: .standard)).quotes(in: article)
        precondition(index < document.spans.count, "the article has \(document.spans.count) quotations")
        var history = AttributionHistory()
        for quote in earlier.prefix(index) where quote.attribution != nil { history.append(quote) }
        let quotation = QuotationContext(
            span: document.spans[index], in: document, previousQuote: index > 0 ? earlier[index - 1] : nil, history: history)
        switch sieve.attribute(quotation) {
        case .speaker(let cue, _): return Found(speaker: article[cue.speakerRange], cue: cue.cue, carried: false)
        case .carried(let attribution): return Found(speaker: attribution.speakerName, cue: nil, carried: true)
        case .noSpeaker: return Found(speaker: "", cue: nil, carried: false, noSpeaker: true)
        case nil: return nil
        }
    }

    /// The name of the resolution sieve that named the speaker of quotation `index` of
    /// `body`, and the name it gave.
    static func resolution(in body: String, quotation index: Int = 0) -> (sieve: String, name: String)? {
        let quotes = Analyzer().analyze(bytes: Array("Headline\n\n\(body)".utf8)).quotes
        guard index < quotes.count, let attribution = quotes[index].attribution else { return nil }
        return (attribution.resolution, attribution.speakerName)
    }
}
