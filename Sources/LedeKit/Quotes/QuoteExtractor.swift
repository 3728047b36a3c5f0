import Algorithms

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
        let extentsByParagraph = Dictionary(grouping: spans, by: \.paragraphIndex).mapValues { SortedRanges($0.map(\.extent)) }
        let tokens = ArticleTokens(article: article)
        let names = PersonNames(article: article, tokens: tokens, quotations: SortedRanges(spans.map(\.extent)))
        let resolver = SpeakerResolver(matcher: matcher, names: names)
        let context = Context(article: article, tokens: tokens)
        var sentencesByParagraph: [Int: [Range<Int>]] = [:]
        var quotes: [Quote] = []
        var history = AttributionHistory()
        for span in spans {
            let paragraph = article.paragraphs[span.paragraphIndex]
            let sentences = sentencesByParagraph[span.paragraphIndex]
                ?? SentenceSplitter.sentences(
                    in: scalars, range: paragraph.range, quotations: extentsByParagraph[span.paragraphIndex] ?? SortedRanges([]))
            sentencesByParagraph[span.paragraphIndex] = sentences
            let sentenceIndex = Self.index(of: span.opening, in: sentences)
            var sentence = sentenceIndex.map { sentences[$0] } ?? paragraph.range
            // A quotation ending in `?` or `!` ends its sentence even when the attribution
            // follows (`“Can we win?” Mr. Manafort asked.`): the next sentence is read too.
            if let index = sentenceIndex, span.extent.upperBound >= sentence.upperBound, index + 1 < sentences.count,
                "?!".unicodeScalars.contains(scalars[span.content.upperBound - 1])
                    || tokens.tokens(ofParagraph: span.paragraphIndex, in: sentences[index + 1]).count <= 8
            {
                sentence = sentence.lowerBound..<sentences[index + 1].upperBound
            }
            let kind = Self.kind(of: span, in: scalars, paragraph: paragraph.range)
            let sentenceTokens = Self.window(tokens.tokens(ofParagraph: span.paragraphIndex, in: sentence), around: span)
            var attribution: Attribution?
            if let found = SpeakerCueFinder.find(for: span, kind: kind, sentence: sentenceTokens) {
                attribution = resolver.attribution(found, sentence: sentenceTokens, in: article, earlier: history)
            } else if kind == .full, let signature = signature(after: span, in: context) {
                attribution = resolver.attribution(signature.cue, sentence: signature.tokens, in: article, earlier: history)
            } else if kind == .full || quotes.last?.paragraphIndex == span.paragraphIndex,
                let carried = carriedAttribution(for: span, after: quotes, lastAttributed: history.lastQuote, in: article)
            {
                attribution = Self.continuing(carried)
            } else if kind == .full,
                let (found, introduction) = introduction(of: span, sentences: sentences, sentenceIndex: sentenceIndex, in: context)
            {
                attribution = resolver.attribution(found, sentence: introduction, in: article, earlier: history)
            } else if kind == .full, let recent = recentAttribution(for: span, after: quotes, in: article) {
                attribution = Self.continuing(recent)
            }
            let quote = Quote(range: span.content, extent: span.extent, kind: kind, paragraphIndex: span.paragraphIndex, attribution: attribution)
            if attribution != nil { history.append(quote) }
            quotes.append(quote)
        }
        for turn in TranscriptTurns.turns(in: article) {
            let speaker = Tokenizer.tokens(in: scalars, range: turn.speaker)
            let found = SpeakerCue(speaker: speaker, cue: ":")
            let attribution = resolver.attribution(found, sentence: speaker, in: article, earlier: history)
            quotes.append(Quote(range: turn.content, extent: turn.content, kind: .full, paragraphIndex: turn.paragraphIndex, attribution: attribution))
        }
        return quotes.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The article and its tokens, for the passes that read around a quotation.
    private struct Context {
        let article: Article
        let tokens: ArticleTokens
    }

    /// How many tokens before a quotation, and after it, can bear on its attribution; also
    /// how many are kept from each end of a long quotation.
    static let window = 100

    /// The tokens of a sentence that can bear on the attribution of `span`: at most
    /// ``window`` before its opening mark and after its end, and the first and last
    /// ``window`` of a long quotation. Each quotation so costs the same however long its
    /// sentence, and an article of many quotations in one long sentence stays linear.
    static func window(_ tokens: ArraySlice<Token>, around span: QuotedSpan) -> [Token] {
        let opening = tokens.partitioningIndex { $0.range.lowerBound >= span.opening }
        let end = tokens[opening...].partitioningIndex { $0.range.lowerBound >= span.extent.upperBound }
        let before = max(tokens.startIndex, opening - window)
        let after = min(tokens.endIndex, end + window)
        guard end - opening > 2 * window else { return Array(tokens[before..<after]) }
        return Array(tokens[before..<opening + window] + tokens[end - window..<after])
    }

    /// The index of the sentence holding `offset`, by binary search.
    private static func index(of offset: Int, in sentences: [Range<Int>]) -> Int? {
        let index = sentences.partitioningIndex { $0.upperBound > offset }
        return index < sentences.count && sentences[index].contains(offset) ? index : nil
    }

    /// The speaker named just before a quotation that has no attribution of its own: by a
    /// paragraph ending in a colon (`Trump tweeted:`), or by the sentence before it in its
    /// paragraph (`Clinton touted her credentials. “We need …”`). Returns the attribution
    /// found and the tokens of the sentence it was found in.
    private func introduction(
        of span: QuotedSpan, sentences: [Range<Int>], sentenceIndex: Int?, in context: Context
    ) -> (SpeakerCue, [Token])? {
        let article = context.article
        let scalars = article.scalars
        let paragraph = article.paragraphs[span.paragraphIndex].range
        if span.opening == paragraph.lowerBound, span.paragraphIndex > 0 {
            let previous = article.paragraphs[span.paragraphIndex - 1].range
            let last = SentenceSplitter.sentences(in: scalars, range: previous).last ?? previous
            let tokens = Array(context.tokens.tokens(ofParagraph: span.paragraphIndex - 1, in: last).suffix(Self.window))
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
        let tokens = Array(context.tokens.tokens(ofParagraph: span.paragraphIndex, in: sentences[index - 1]).suffix(Self.window))
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
    private func signature(after span: QuotedSpan, in context: Context) -> (cue: SpeakerCue, tokens: [Token])? {
        let article = context.article
        let paragraph = article.paragraphs[span.paragraphIndex].range
        guard span.paragraphIndex + 1 < article.paragraphs.count,
            article.scalars[span.extent.upperBound..<paragraph.upperBound].allSatisfy({ $0.isSpace || $0 == "." })
        else { return nil }
        let tokens = context.tokens.paragraphs[span.paragraphIndex + 1]
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
    private func carriedAttribution(
        for span: QuotedSpan, after quotes: [Quote], lastAttributed: Quote?, in article: Article
    ) -> Attribution? {
        guard let previous = lastAttributed else { return nil }
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
