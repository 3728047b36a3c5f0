/// `datetime=“2016-06-29”`, `is “99.9” percent certain`: a few quoted words with no letter
/// in them are a figure, a date or a code — nobody's words, so the rule is tried before any
/// speaker is looked for.
struct FigureSieve: QuoteSieve {
    let name = "figure"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let content = quotation.content
        guard !content.isEmpty, !content.contains(where: { $0.text.unicodeScalars.contains { $0.properties.isAlphabetic } })
        else { return nil }
        return .noSpeaker
    }
}
