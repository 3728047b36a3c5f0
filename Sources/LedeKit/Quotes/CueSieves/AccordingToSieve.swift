/// `according to X`, after the quotation or before it in its clause.
struct AccordingToSieve: QuoteSieve {
    /// Where the phrase is looked for.
    enum Side: String, Sendable {
        /// In the words after the quotation.
        case after
        /// In the clause before the quotation, since any earlier quotation.
        case before
    }

    /// Where this sieve looks.
    let side: Side

    var name: String { "according-to-\(side.rawValue)" }

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        quotation.found(Self.speaker(in: side == .after ? quotation.tail : CueGrammar.clause(quotation.before)))
    }

    /// The phrase after the first `according to` in `tokens`.
    static func speaker(in tokens: [Token]) -> SpeakerCue? {
        guard let index = tokens.indices.first(where: { $0 + 1 < tokens.count && tokens[$0].lowercased == "according" && tokens[$0 + 1].lowercased == "to" }),
            let phrase = NounPhrase.leading(tokens[(index + 2)...])
        else { return nil }
        return SpeakerCue(speaker: Array(phrase), cue: "according to")
    }
}
