/// A quotation with no attribution of its own carries on the speaker of the latest
/// attributed quotation in its paragraph (`“…,” she said. “…”`), or — when it opens its
/// paragraph right after a paragraph that ended with that quotation — of the paragraph before
/// (the news convention for a quote running over paragraphs).
///
/// A partial quotation carries a speaker only after another quotation of its paragraph.
struct ContinuationSieve: QuoteSieve {
    let name = "continuation"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let span = quotation.span
        guard quotation.kind == .full || quotation.previousQuote?.paragraphIndex == span.paragraphIndex,
            let previous = quotation.history.lastQuote, let attribution = previous.attribution
        else { return nil }
        if previous.paragraphIndex == span.paragraphIndex { return .carried(attribution) }
        let lastQuoteIsPrevious = quotation.previousQuote.map { $0.paragraphIndex == span.paragraphIndex - 1 } ?? false
        guard quotation.opensParagraph, lastQuoteIsPrevious, previous.paragraphIndex == span.paragraphIndex - 1 else { return nil }
        return .carried(attribution)
    }
}
