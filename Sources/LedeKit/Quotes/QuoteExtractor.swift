/// Finds an article's direct quotations and attributes each to a speaker.
public struct QuoteExtractor: Sendable {
    /// The matcher that places speakers with actors.
    public let matcher: MentionMatcher

    /// Creates an extractor that places speakers with the actors of `matcher`.
    public init(matcher: MentionMatcher) {
        self.matcher = matcher
    }

    /// The quotations of `article`, in text order.
    ///
    /// A quotation with no attribution of its own takes the previous quotation's speaker when
    /// it opens its paragraph right after that quotation's paragraph, or when it follows an
    /// attributed full quotation in the same paragraph (`“…,” she said. “…”`). Other
    /// quotations with no attribution (scare quotes, titles) keep a `nil` attribution.
    public func quotes(in article: Article) -> [Quote] {
        let scalars = article.scalars
        let spans = QuotationMarks.spans(in: article)
        let extents = spans.map(\.extent)
        let names = PersonNames(article: article, quotations: extents)
        let resolver = SpeakerResolver(matcher: matcher, names: names)
        var sentencesByParagraph: [Int: [Range<Int>]] = [:]
        var quotes: [Quote] = []
        var attributions: [Attribution] = []
        for span in spans {
            let paragraph = article.paragraphs[span.paragraphIndex]
            let sentences = sentencesByParagraph[span.paragraphIndex]
                ?? SentenceSplitter.sentences(in: scalars, range: paragraph.range, quotations: extents)
            sentencesByParagraph[span.paragraphIndex] = sentences
            let sentenceIndex = sentences.firstIndex { $0.contains(span.opening) }
            var sentence = sentenceIndex.map { sentences[$0] } ?? paragraph.range
            // A quotation ending in `?` or `!` ends its sentence even when the attribution
            // follows (`“Can we win?” Mr. Manafort asked.`): the next sentence is read too.
            if let index = sentenceIndex, span.extent.upperBound >= sentence.upperBound, index + 1 < sentences.count,
                "?!".unicodeScalars.contains(scalars[span.content.upperBound - 1])
                    || Tokenizer.tokens(in: scalars, range: sentences[index + 1]).count <= 8
            {
                sentence = sentence.lowerBound..<sentences[index + 1].upperBound
            }
            let kind = Self.kind(of: span, in: scalars, paragraph: paragraph.range)
            let sentenceTokens = Tokenizer.tokens(in: scalars, range: sentence)
            var attribution: Attribution?
            if let found = SpeakerCueFinder.find(for: span, kind: kind, sentence: sentenceTokens) {
                attribution = resolver.attribution(found, sentence: sentenceTokens, in: article, earlier: attributions)
            } else if kind == .full, let signature = signature(after: span, in: article) {
                attribution = resolver.attribution(signature.cue, sentence: signature.tokens, in: article, earlier: attributions)
            } else if kind == .full || quotes.last?.paragraphIndex == span.paragraphIndex,
                let carried = carriedAttribution(for: span, after: quotes, in: article)
            {
                attribution = Self.continuing(carried)
            } else if kind == .full,
                let (found, introduction) = introduction(of: span, sentences: sentences, sentenceIndex: sentenceIndex, in: article)
            {
                attribution = resolver.attribution(found, sentence: introduction, in: article, earlier: attributions)
            } else if kind == .full, let recent = recentAttribution(for: span, after: quotes, in: article) {
                attribution = Self.continuing(recent)
            }
            if let attribution { attributions.append(attribution) }
            quotes.append(Quote(range: span.content, extent: span.extent, kind: kind, paragraphIndex: span.paragraphIndex, attribution: attribution))
        }
        for turn in TranscriptTurns.turns(in: article) {
            let speaker = Tokenizer.tokens(in: scalars, range: turn.speaker)
            let found = SpeakerCue(speaker: speaker, cue: ":")
            let attribution = resolver.attribution(found, sentence: speaker, in: article, earlier: attributions)
            quotes.append(Quote(range: turn.content, extent: turn.content, kind: .full, paragraphIndex: turn.paragraphIndex, attribution: attribution))
        }
        return quotes.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The speaker named just before a quotation that has no attribution of its own: by a
    /// paragraph ending in a colon (`Trump tweeted:`), or by the sentence before it in its
    /// paragraph (`Clinton touted her credentials. “We need …”`). Returns the attribution
    /// found and the tokens of the sentence it was found in.
    private func introduction(
        of span: QuotedSpan, sentences: [Range<Int>], sentenceIndex: Int?, in article: Article
    ) -> (SpeakerCue, [Token])? {
        let scalars = article.scalars
        let paragraph = article.paragraphs[span.paragraphIndex].range
        if span.opening == paragraph.lowerBound, span.paragraphIndex > 0 {
            let previous = article.paragraphs[span.paragraphIndex - 1].range
            let last = SentenceSplitter.sentences(in: scalars, range: previous).last ?? previous
            let tokens = Tokenizer.tokens(in: scalars, range: last)
            if scalars[previous.upperBound - 1] == ":" {
                return SpeakerCueFinder.attributionSentence(Array(tokens.dropLast())).map { ($0, tokens) }
            }
            // A paragraph that is all quotation, after a paragraph about a person
            // (`Viguerie is upbeat about Cruz’s chances.` then `“Not only can …”`).
            guard span.extent.upperBound >= paragraph.upperBound - 1,
                let found = SpeakerCueFinder.attributionSentence(tokens), Self.namesAPerson(found.speaker)
            else { return nil }
            return (found, tokens)
        }
        guard let index = sentenceIndex, index > 0 else { return nil }
        let tokens = Tokenizer.tokens(in: scalars, range: sentences[index - 1])
        return SpeakerCueFinder.attributionSentence(tokens).map { ($0, tokens) }
    }

    /// An earlier quotation's attribution, carried on to a quotation with none of its own.
    private static func continuing(_ attribution: Attribution) -> Attribution {
        var carried = attribution
        carried.cue = nil
        carried.continuesPrevious = true
        return carried
    }

    /// Whether a speaker phrase names a person outright: `he` or `she`, or a short name in
    /// capitals (`Viguerie`, `Mr. Rhodes`).
    private static func namesAPerson(_ speaker: [Token]) -> Bool {
        if speaker.count == 1, ["he", "she"].contains(speaker[0].lowercased) { return true }
        return speaker.count <= 4 && speaker.allSatisfy(\.isCapitalized) && !PersonNames.isPossessive(speaker.last!)
    }

    /// `“…”` then a paragraph `— Hillary Clinton, in a debate.`: a quotation that ends its
    /// paragraph, signed by a short paragraph after it that opens with a dash and a name.
    private func signature(after span: QuotedSpan, in article: Article) -> (cue: SpeakerCue, tokens: [Token])? {
        let scalars = article.scalars
        let paragraph = article.paragraphs[span.paragraphIndex].range
        guard span.paragraphIndex + 1 < article.paragraphs.count,
            article.scalars[span.extent.upperBound..<paragraph.upperBound].allSatisfy({ $0.isSpace || $0 == "." })
        else { return nil }
        let next = article.paragraphs[span.paragraphIndex + 1].range
        let tokens = Tokenizer.tokens(in: scalars, range: next)
        guard tokens.count >= 2, tokens.count <= 16, ["-", "\u{2014}", "\u{2013}", "\u{2015}"].contains(tokens[0].text),
            let phrase = NounPhrase.leading(tokens.dropFirst()), phrase.contains(where: \.isCapitalized),
            !WordLists.determiners.contains(phrase.first!.lowercased)
        else { return nil }
        return (SpeakerCue(speaker: Array(phrase), cue: tokens[0].text), tokens)
    }

    /// Full when the quotation opens its paragraph or follows the end of a sentence, a
    /// colon, a comma or a dash; partial when it stands inside the writer's own clause.
    static func kind(of span: QuotedSpan, in scalars: [Unicode.Scalar], paragraph: Range<Int>) -> Quote.Kind {
        var index = span.opening - 1
        while index >= paragraph.lowerBound, scalars[index].isSpace { index -= 1 }
        guard index >= paragraph.lowerBound else { return .full }
        let before = scalars[index]
        let opensUtterance: Set<Unicode.Scalar> = [".", "!", "?", ":", ",", ";", "\u{2014}", "\u{2013}", "(", "["]
        if opensUtterance.contains(before) || before.isClosingDoubleQuote || before == "\"" { return .full }
        // A hyphen standing for a dash (`surrogates are responding - “…”`).
        if before == "-", index > paragraph.lowerBound, scalars[index - 1].isSpace { return .full }
        // The end of a doubled mark (`''`) that closed the quotation before.
        if before == "'" || before == "\u{2019}", index > paragraph.lowerBound, scalars[index - 1] == before { return .full }
        return .partial
    }

    /// The attribution a quotation with none of its own carries on: that of the latest
    /// attributed quotation in its paragraph (`“…,” she said. “…”`), or, when it opens its
    /// paragraph, that of the latest attributed quotation of the paragraph before (the news
    /// convention for a quote running over paragraphs).
    private func carriedAttribution(for span: QuotedSpan, after quotes: [Quote], in article: Article) -> Attribution? {
        guard let previous = quotes.last(where: { $0.attribution != nil }) else { return nil }
        if previous.paragraphIndex == span.paragraphIndex { return previous.attribution }
        let opensParagraph = span.opening == article.paragraphs[span.paragraphIndex].range.lowerBound
        let lastQuoteIsPrevious = quotes.last.map { $0.paragraphIndex == span.paragraphIndex - 1 } ?? false
        guard opensParagraph, lastQuoteIsPrevious, previous.paragraphIndex == span.paragraphIndex - 1 else { return nil }
        return previous.attribution
    }

    /// `“…,” Kim said.` / `She spoke for an hour.` / `“…”`: a paragraph-opening quotation
    /// with no attribution and none before it goes on with the speaker quoted last, when
    /// that quotation stands at most two paragraphs back.
    private func recentAttribution(for span: QuotedSpan, after quotes: [Quote], in article: Article) -> Attribution? {
        guard span.opening == article.paragraphs[span.paragraphIndex].range.lowerBound,
            let previous = quotes.last, let attribution = previous.attribution,
            previous.paragraphIndex >= span.paragraphIndex - 2
        else { return nil }
        return attribution
    }
}
