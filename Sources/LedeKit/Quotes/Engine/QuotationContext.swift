import Algorithms

/// One quotation as the sieves see it: its span and kind, the tokens of its sentence around
/// it, and what the article and the quotations before it offer.
struct QuotationContext: Sendable {
    /// The annotated article.
    let document: AnnotatedArticle
    /// The quoted span.
    let span: QuotedSpan
    /// Full or partial.
    let kind: Quote.Kind
    /// The sentences of the quotation's paragraph.
    let sentences: [Range<Int>]
    /// The index of the quotation's sentence among them, when it opens inside one.
    let sentenceIndex: Int?
    /// The tokens of its sentence that can bear on it (``QuoteExtractor/window(_:around:)``).
    let sentence: [Token]
    /// Those tokens before the opening mark.
    let before: [Token]
    /// Those tokens after the quotation, up to the next opening mark.
    let tail: [Token]
    /// The quotation just before this one, attributed or not.
    let previousQuote: Quote?
    /// The attributed quotations before this one.
    let history: AttributionHistory

    /// The context of `span` in `document`, after the quotations `history` records and
    /// `previousQuote`.
    init(span: QuotedSpan, in document: AnnotatedArticle, previousQuote: Quote?, history: AttributionHistory) {
        self.document = document
        self.span = span
        self.previousQuote = previousQuote
        self.history = history
        let article = document.article
        let scalars = article.scalars
        let paragraph = article.paragraphs[span.paragraphIndex]
        let sentences = document.sentences(ofParagraph: span.paragraphIndex)
        self.sentences = sentences
        let index = sentences.partitioningIndex { $0.upperBound > span.opening }
        let sentenceIndex = index < sentences.count && sentences[index].contains(span.opening) ? index : nil
        self.sentenceIndex = sentenceIndex
        var range = sentenceIndex.map { sentences[$0] } ?? paragraph.range
        // A quotation ending in `?` or `!` ends its sentence even when the attribution
        // follows (`“Can we win?” Mr. Manafort asked.`): the next sentence is read too.
        if let index = sentenceIndex, span.extent.upperBound >= range.upperBound, index + 1 < sentences.count,
            "?!".unicodeScalars.contains(scalars[span.content.upperBound - 1])
                || document.tokens.tokens(ofParagraph: span.paragraphIndex, in: sentences[index + 1]).count <= 8
        {
            range = range.lowerBound..<sentences[index + 1].upperBound
        }
        kind = QuoteExtractor.kind(of: span, in: scalars, paragraph: paragraph.range)
        let sentence = QuoteExtractor.window(document.tokens.tokens(ofParagraph: span.paragraphIndex, in: range), around: span)
        self.sentence = sentence
        before = sentence.filter { $0.range.upperBound <= span.opening }
        let after = span.closing == nil ? [] : sentence.filter { $0.range.lowerBound >= span.extent.upperBound }
        tail = Array(after.prefix { !CueGrammar.isOpeningMark($0) })
    }

    /// The article.
    var article: Article { document.article }

    /// The tokens of the quoted words (of their first and last ``QuoteExtractor/window``
    /// tokens, for a long quotation).
    var content: [Token] {
        sentence.filter { $0.range.lowerBound >= span.content.lowerBound && $0.range.upperBound <= span.content.upperBound }
    }

    /// The quotation's own last mark, however long it runs: read back over blanks, at most
    /// ``QuotationFeatures/readLength`` scalars (`.` for `“We failed. ”`).
    var lastMark: Unicode.Scalar {
        let scalars = article.scalars
        let content = span.content
        var end = content.upperBound - 1
        while end > max(content.lowerBound, content.upperBound - QuotationFeatures.readLength), scalars[end].isSpace { end -= 1 }
        return scalars[end]
    }

    /// Whether the quotation opens its paragraph.
    var opensParagraph: Bool {
        span.opening == article.paragraphs[span.paragraphIndex].range.lowerBound
    }
}

extension QuotationContext {
    /// The finding for a speaker read in the quotation's own sentence, if any.
    func found(_ cue: SpeakerCue?) -> SieveFinding? {
        cue.map { .speaker($0, sentence: sentence) }
    }
}
