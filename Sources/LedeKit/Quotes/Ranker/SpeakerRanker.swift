import Foundation

/// A model that ranks a quotation's candidate speakers (``CandidateGenerator``) and the
/// option of giving it none (``QuotationFeatures``), and overrules the rule sieves when
/// another choice outscores theirs by a margin.
///
/// A candidate's score is a sparse dot product with the weights plus the sum of the
/// ``TreeEnsemble``'s leaves it reaches; `scripts/train-ranker.py` trains either weights or
/// trees (whichever ranks better out of fold) on the tuning split, and they ship as the
/// resource ``resourceName``.
struct SpeakerRanker: Sendable, Decodable {
    /// What the ranker decides for a quotation.
    enum Choice: Equatable, Sendable {
        /// The candidate at this index.
        case speaker(Int)
        /// No speaker: the quotation is nobody's words (a scare quote, a title).
        case nobody
    }

    /// The weight of each feature; a feature with none weighs nothing.
    let weights: [String: Double]
    /// The weight of each feature of ``FeatureSpace/ranker``, by its index: 0 for none.
    private let weightsByIndex: [Double]
    /// The trees whose leaves are added to the weighted sum.
    let trees: TreeEnsemble
    /// How much another candidate must outscore the rules' choice to replace it.
    let margin: Double
    /// How much giving no speaker must outscore the rules' choice to take the speaker away.
    let silenceMargin: Double
    /// How much a candidate must outscore giving no speaker to attribute a quotation the
    /// rules left without one.
    let attributionMargin: Double

    /// The sieve name of an attribution the ranker chose over the rules'.
    static let sieveName = "ranker"

    /// The sieve name of a quotation the ranker left without the speaker the rules gave it.
    static let silenceName = "ranker-nobody"

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

    /// A ranker with `weights` and `trees` that never gives or takes away a speaker unless its
    /// margins for doing so are given.
    init(
        weights: [String: Double], trees: TreeEnsemble = .none, margin: Double, silenceMargin: Double = .infinity,
        attributionMargin: Double = .infinity
    ) {
        self.weights = weights
        weightsByIndex = FeatureSpace.ranker.names.map { weights[$0] ?? 0 }
        self.trees = trees
        self.margin = margin
        self.silenceMargin = silenceMargin
        self.attributionMargin = attributionMargin
    }

    /// The ranker read from its weights file: its weights, trees and margins.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            weights: container.decode([String: Double].self, forKey: .weights), trees: container.decode(TreeEnsemble.self, forKey: .trees),
            margin: container.decode(Double.self, forKey: .margin),
            silenceMargin: container.decode(Double.self, forKey: .silenceMargin),
            attributionMargin: container.decode(Double.self, forKey: .attributionMargin))
    }

    /// The keys of the weights file that the ranker reads.
    private enum CodingKeys: String, CodingKey {
        case weights, trees, margin, silenceMargin, attributionMargin
    }

    /// The score of a candidate with `features`: its weighted sum and its trees' leaves.
    func score(_ features: FeatureVector) -> Double {
        weightedSum(features) + trees.score(features)
    }

    /// The weighted sum of `features`: one weight read by index per feature.
    private func weightedSum(_ features: FeatureVector) -> Double {
        guard !weights.isEmpty else { return 0 }
        // Summed in fixed point, so the same features give the same score in any order
        // without sorting them.
        var sum: Int64 = 0
        for (index, value) in zip(features.indices, features.values) {
            sum &+= Int64((weightsByIndex[index] * value * Self.fixedPointScale).rounded())
        }
        for (name, value) in features.unlisted {
            if let weight = weights[name] { sum &+= Int64((weight * value * Self.fixedPointScale).rounded()) }
        }
        return Double(sum) / Self.fixedPointScale
    }

    /// The unit of the fixed-point sum of ``score(_:)``: 2⁻³² (weights have 6 decimals).
    static let fixedPointScale = 4_294_967_296.0

    /// What the rule sieves decided for a quotation, before the ranker weighs it.
    enum RulesDecision: Sendable {
        /// A speaker: the first of the candidates.
        case speaker
        /// A sieve found the quotation to be nobody's words (a title, a figure); that stands.
        case nobody
        /// No sieve decided anything.
        case nothing
    }

    /// What to attribute the quotation to, when `rules` tells what the rule sieves decided,
    /// and `nobody` holds the features of giving no speaker.
    ///
    /// The rules' speaker gives way to no speaker when that outscores it by more than
    /// ``silenceMargin`` and the best other candidate; else to that candidate when it
    /// outscores the rules' by more than ``margin``. A quotation no rule decided gets the best
    /// candidate when it outscores no speaker by more than ``attributionMargin``; one a rule
    /// found to be nobody's words keeps no speaker.
    func choice(among candidates: [SpeakerCandidate], nobody: FeatureVector, rules: RulesDecision) -> Choice {
        if case .nobody = rules { return .nobody }
        let scores = candidates.map { score($0.features) }
        let silence = score(nobody)
        let best = scores.indices.max { scores[$0] < scores[$1] }
        guard case .speaker = rules else {
            guard let best, scores[best] > silence + attributionMargin else { return .nobody }
            return .speaker(best)
        }
        guard let best else { return .nobody }
        if silence > scores[0] + silenceMargin, silence > scores[best] { return .nobody }
        return scores[best] > scores[0] + margin ? .speaker(best) : .speaker(0)
    }
}
