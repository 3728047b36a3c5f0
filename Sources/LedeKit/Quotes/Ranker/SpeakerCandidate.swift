/// One speaker a quotation might belong to, as the ranker sees it: what names them, the
/// attribution they would make, and the features the ranker scores.
struct SpeakerCandidate: Sendable {
    /// The words naming the speaker, or the earlier attribution carried on.
    let finding: SieveFinding
    /// The attribution the candidate makes, resolved.
    var attribution: Attribution
    /// The phrase naming the speaker, read once for the article, when the candidate is read
    /// in the text; `nil` for an attribution carried on.
    let phrase: SpeakerPhrases.Phrase?
    /// The rule sieves that proposed the candidate, in the order tried.
    var votes: [String]
    /// The candidate's features (``CandidateFeatures``).
    var features = FeatureVector()

    /// The words naming the speaker, when the candidate is read in the text.
    var cue: SpeakerCue? {
        if case .speaker(let cue, _) = finding { return cue }
        return nil
    }
}

/// A candidate as `lede analyze --explain` shows it: who, and how the ranker scored them. The
/// last of a quotation's candidates, with an empty speaker, is the option of giving it none.
public struct RankedCandidate: Hashable, Sendable {
    /// The words naming the speaker, or the name carried from an earlier quotation.
    public var speaker: String
    /// Who the speaker is, resolved.
    public var speakerName: String
    /// The ranker's score.
    public var score: Double
    /// The candidate's features by name.
    public var features: [String: Double]
}
