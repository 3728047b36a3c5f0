/// `Clinton: Trump’s view is ‘dangerously wrong’`: a headline's short name before a colon
/// is the speaker of the words quoted after it.
///
/// A label that opens with an article (a news agency's series, `The Latest: Lee vows ‘…’`)
/// names nobody: the speaker is then the name that opens the clause after the colon.
struct HeadlineSpeakerSieve: QuoteSieve {
    let name = "headline-speaker"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let before = quotation.before
        guard let colon = Self.colon(in: before), let phrase = NounPhrase.cleaned(before[..<colon]), phrase.count == colon
        else { return nil }
        guard Self.label(in: before) == nil else {
            let clause = before[(colon + 1)...]
            guard let start = clause.first?.isCapitalized == true ? clause.startIndex : nil,
                let run = PersonNames.nameRun(in: before, from: start), run.upperBound < before.endIndex,
                before[run.upperBound].kind == .word, !before[run.upperBound].isCapitalized
            else { return nil }
            return quotation.found(SpeakerCue(speaker: Array(before[run]), cue: before[run.upperBound].text))
        }
        return quotation.found(SpeakerCue(speaker: Array(phrase), cue: ":"))
    }

    /// The colon after a headline's first one to three capitalised words, if any.
    private static func colon(in before: [Token]) -> Int? {
        guard let colon = before.firstIndex(where: { $0.text == ":" }), colon >= 1, colon <= 3,
            before[..<colon].allSatisfy(\.isCapitalized)
        else { return nil }
        return colon
    }

    /// The colon that ends a label opening `before` (`The Latest:`), a headline's first
    /// capitalised words after an article: no speaker, and no subject of the sentence.
    static func label(in before: [Token]) -> Int? {
        guard let colon = colon(in: before), WordLists.determiners.contains(before[0].lowercased) else { return nil }
        return colon
    }
}
