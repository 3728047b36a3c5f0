/// One named rule that finds who a quotation belongs to, as CoreNLP's quote attribution
/// runs its sieves: each reads the same ``QuotationContext`` and either decides or passes.
///
/// The order the sieves are tried in is data (``QuoteSieveOrder``); a sieve knows nothing of
/// the others, so a new one (a parser's, a model's) slots in by being listed.
protocol QuoteSieve: Sendable {
    /// The sieve's name, as `lede analyze --explain` and the evaluation print it.
    var name: String { get }

    /// What the sieve finds for `quotation`, or `nil` when it does not apply.
    func attribute(_ quotation: QuotationContext) -> SieveFinding?
}

/// What a sieve found for a quotation.
enum SieveFinding: Sendable {
    /// Words naming the speaker, and the tokens of the sentence they were read in (the
    /// speaker resolver reads that sentence for antecedents).
    case speaker(SpeakerCue, sentence: [Token])
    /// An earlier quotation's attribution, carried on to a quotation that has none.
    case carried(Attribution)
    /// The quotation is nobody's words: a title, a name, a scare quote.
    case noSpeaker
}

extension SieveFinding {
    /// Whether the finding names a speaker (rather than finding the quotation is nobody's).
    var namesASpeaker: Bool {
        if case .noSpeaker = self { false } else { true }
    }
}
