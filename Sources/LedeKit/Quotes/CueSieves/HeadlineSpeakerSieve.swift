/// `Clinton: Trump’s view is ‘dangerously wrong’`: a headline's short name before a colon
/// is the speaker of the words quoted after it.
struct HeadlineSpeakerSieve: QuoteSieve {
    let name = "headline-speaker"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let before = quotation.before
        guard let colon = before.firstIndex(where: { $0.text == ":" }), colon >= 1, colon <= 3,
            before[..<colon].allSatisfy(\.isCapitalized), let phrase = NounPhrase.cleaned(before[..<colon]),
            phrase.count == colon
        else { return nil }
        return quotation.found(SpeakerCue(speaker: Array(phrase), cue: ":"))
    }
}
