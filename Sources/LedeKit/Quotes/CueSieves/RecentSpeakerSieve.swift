/// `“…,” Kim said.` / `She spoke for an hour.` / `“…”`: a paragraph-opening quotation with
/// no attribution and none before it goes on with the speaker quoted last, when that
/// quotation stands at most two paragraphs back.
struct RecentSpeakerSieve: QuoteSieve {
    let name = "recent-speaker"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        guard quotation.opensParagraph, let previous = quotation.previousQuote, let attribution = previous.attribution,
            previous.paragraphIndex >= quotation.span.paragraphIndex - 2
        else { return nil }
        return .carried(attribution)
    }
}
