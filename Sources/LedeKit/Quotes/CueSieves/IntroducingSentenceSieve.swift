/// The speaker named just before a quotation that has no attribution of its own: by a
/// paragraph ending in a colon (`Trump tweeted:`), by a paragraph about a person before a
/// paragraph that is all quotation (`Viguerie is upbeat about Cruz’s chances.`), or by the
/// sentence before it in its paragraph (`Clinton touted her credentials. “We need …”`).
struct IntroducingSentenceSieve: QuoteSieve {
    let name = "introducing-sentence"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let article = quotation.article
        let scalars = article.scalars
        let span = quotation.span
        let tokensOfArticle = quotation.document.tokens
        let paragraph = article.paragraphs[span.paragraphIndex].range
        if quotation.opensParagraph, span.paragraphIndex > 0 {
            let previous = article.paragraphs[span.paragraphIndex - 1].range
            let last = SentenceSplitter.sentences(in: scalars, range: previous).last ?? previous
            let tokens = Array(tokensOfArticle.tokens(ofParagraph: span.paragraphIndex - 1, in: last).suffix(QuoteExtractor.window))
            if scalars[previous.upperBound - 1] == ":" {
                return Self.speaker(of: Array(tokens.dropLast())).map { .speaker($0, sentence: tokens) }
            }
            guard span.extent.upperBound >= paragraph.upperBound - 1,
                let found = Self.speaker(of: tokens), Self.namesAPerson(found.speaker)
            else { return nil }
            return .speaker(found, sentence: tokens)
        }
        guard let index = quotation.sentenceIndex, index > 0 else { return nil }
        let tokens = Array(tokensOfArticle.tokens(ofParagraph: span.paragraphIndex, in: quotation.sentences[index - 1]).suffix(QuoteExtractor.window))
        return Self.speaker(of: tokens).map { .speaker($0, sentence: tokens) }
    }

    /// The speaker a sentence without a quotation introduces for the quotation after it:
    /// the subject of its speech verb (`Sam Lau said in a statement.`), or its subject
    /// (`Clinton touted her credentials.`).
    static func speaker(of tokens: [Token]) -> SpeakerCue? {
        guard !tokens.contains(where: \.isDoubleQuotationMark) else {
            return nil
        }
        return PrecedingVerbSieve.speaker(before: tokens) ?? SentenceSubjectSieve.speaker(before: tokens)
    }

    /// Whether a speaker phrase names a person outright: `he` or `she`, or a short name in
    /// capitals (`Viguerie`, `Mr. Rhodes`).
    private static func namesAPerson(_ speaker: [Token]) -> Bool {
        if speaker.count == 1, ["he", "she"].contains(speaker[0].lowercased) { return true }
        return speaker.count <= 4 && speaker.allSatisfy(\.isCapitalized) && !PersonNames.isPossessive(speaker.last!)
    }
}
