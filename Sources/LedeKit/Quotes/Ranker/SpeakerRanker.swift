import Foundation

/// A linear model that ranks a quotation's candidate speakers (``CandidateGenerator``) and
/// overrules the rule sieves when another candidate outscores their choice by ``margin``.
///
/// Its weights are trained on the tuning split by `scripts/train-ranker.py` and ship as the
/// resource ``resourceName``; scoring is one sparse dot product per candidate.
struct SpeakerRanker: Sendable, Decodable {
    /// The weight of each feature; a feature with none weighs nothing.
    let weights: [String: Double]
    /// How much a candidate must outscore the rules' choice to replace it.
    let margin: Double

    /// The sieve name of an attribution the ranker chose over the rules'.
    static let sieveName = "ranker"

    /// The bundled weights' file name.
    static let resourceName = "speaker-ranker.json"

    /// The ranker trained for Lede, from its bundled weights.
    static let shipped: SpeakerRanker = {
        do {
            return try JSONDecoder().decode(SpeakerRanker.self, from: Data(Resources.bytes(named: resourceName)))
        } catch {
            preconditionFailure("LedeKit's bundled \(resourceName) is malformed: \(error)")
        }
    }()

    /// The score of a candidate with `features`.
    func score(_ features: [String: Double]) -> Double {
        // Summed in the features' order, so the same features always give the same score.
        features.keys.sorted().reduce(0) { $0 + (weights[$1] ?? 0) * features[$1]! }
    }

    /// The index of the candidate to attribute the quotation to: the best scored, when it
    /// beats the first candidate (the rules' choice) by more than ``margin``; else the first.
    func choice(among candidates: [SpeakerCandidate]) -> Int {
        let scores = candidates.map { score($0.features) }
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > scores[0] + margin else { return 0 }
        return best
    }
}
