/// `…, CNN reported.` / `…, Mr. Oppenheim noted.`: a last clause that is only a speaker
/// and a speech verb attributes the whole sentence.
///
/// A partial quotation that ends its clause with a comma opens such a clause itself
/// (`calling her “a fraud,” she said in an interview.`): the clause after it governs the
/// quoted words, whoever the verb before them belongs to. A participle clause after the
/// verb (`, the aide recalled, adding that …`) and the channel it was said in (`in a
/// statement`) do not stop the clause from closing the sentence; a colon after it does, for the
/// verb then introduces the next quotation.
struct ClosingClauseSieve: QuoteSieve {
    let name = "closing-clause"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let tail = quotation.tail
        // `…, Trump said: “…”`: a verb before a colon introduces the next quotation.
        guard tail.last?.text != ":" else { return nil }
        var starts = tail.indices.filter { tail[$0].text == "," }.map { $0 + 1 }
        if quotation.kind == .partial, quotation.content.last?.text == "," { starts.insert(tail.startIndex, at: 0) }
        guard var start = starts.last else { return nil }
        var end = tail.endIndex
        if starts.count > 1, start < tail.endIndex, Self.isParticiple(tail[start]) {
            end = start - 1
            start = starts[starts.count - 2]
        }
        var clause = tail[start..<end]
        while let last = clause.last, last.kind == .punctuation { clause = clause.dropLast() }
        while let last = clause.last, WordLists.closingTimeWords.contains(last) {
            clause = clause.dropLast()
        }
        clause = Self.droppingChannel(clause)
        guard let verb = clause.last, clause.count >= 2, clause.count <= 6,
            WordLists.speechVerbs.contains(verb) || WordLists.speechVerbBases.contains(verb),
            !verb.lowercased.hasSuffix("ing"),
            let phrase = NounPhrase.cleaned(clause.dropLast()), phrase.count == clause.count - 1,
            phrase.contains(where: { $0.isCapitalized || WordLists.pronouns.contains($0) })
        else { return nil }
        return quotation.found(SpeakerCue(speaker: Array(phrase), cue: verb.text))
    }

    /// Whether `token` opens a participle clause (`adding`, `saying`).
    static func isParticiple(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && token.lowercased.count > 4 && token.lowercased.hasSuffix("ing")
    }

    /// `clause` without a closing `in an interview` / `in a statement Tuesday`: a
    /// preposition, an optional article and a word of ``WordLists/closingChannels``.
    static func droppingChannel(_ clause: ArraySlice<Token>) -> ArraySlice<Token> {
        guard let channel = clause.last, WordLists.closingChannels.contains(channel) else { return clause }
        var preposition = clause.endIndex - 2
        if preposition > clause.startIndex, ["a", "an", "the"].contains(clause[preposition].lowercased) { preposition -= 1 }
        guard preposition > clause.startIndex, ["in", "on", "via", "by"].contains(clause[preposition].lowercased) else { return clause }
        return clause[..<preposition]
    }
}
