import Foundation
import Testing

@testable import LedeKit

/// The ranker's boosted trees: small trees written here, scored by hand on feature vectors.
@Suite struct TreeEnsembleTests {
    typealias Split = TreeEnsemble.Split

    /// One level: capitalised candidates go right.
    let byCapital = TreeEnsemble.Tree(splits: [Split(feature: "capitalised", threshold: 0.5)], leaves: [-1, 2])

    /// Two levels: by place (before), then by distance (over 3 words of 40) or by pronoun.
    let byPlace = TreeEnsemble.Tree(
        splits: [
            Split(feature: "before", threshold: 0.5), Split(feature: "pronoun:he-she", threshold: 0.5),
            Split(feature: "distance", threshold: 3.5 / 40),
        ], leaves: [0.25, -0.5, 1.5, -2])

    @Test func aCandidateReachesOneLeafPerTreeAndTheLeavesAdd() {
        let trees = TreeEnsemble(trees: [byCapital, byPlace])
        // Capitalised (2), before and 2 words away (1.5).
        #expect(trees.score(["capitalised": 1, "before": 1, "distance": 2.0 / 40]) == 3.5)
        // Not capitalised (-1), before and 10 words away (-2).
        #expect(trees.score(["before": 1, "distance": 10.0 / 40]) == -3)
        // Not capitalised (-1), after, a pronoun (-0.5).
        #expect(trees.score(["after": 1, "pronoun:he-she": 1]) == -1.5)
    }

    @Test func aMissingFeatureIsZeroAndGoesLeft() {
        let trees = TreeEnsemble(trees: [byPlace])
        #expect(trees.score([:]) == 0.25)
        // A negative value does not exceed the threshold either.
        #expect(trees.score(["before": -1]) == 0.25)
    }

    @Test func aLevelWithoutASplitSendsAllLeft() {
        let unsplit = TreeEnsemble.Tree(splits: [nil, Split(feature: "capitalised", threshold: 0.5), nil], leaves: [1, 2, 3, 4])
        let trees = TreeEnsemble(trees: [unsplit])
        #expect(trees.score(["capitalised": 1]) == 2)
        #expect(trees.score(["capitalised": 0]) == 1)
        // A feature outside the ranker's space is never read: it splits nothing.
        let unknown = TreeEnsemble.Tree(splits: [Split(feature: "no-such-feature", threshold: 0)], leaves: [5, 7])
        #expect(TreeEnsemble(trees: [unknown]).score(["no-such-feature": 1]) == 5)
    }

    @Test func noTreeScoresZero() {
        #expect(TreeEnsemble.none.score(["capitalised": 1]) == 0)
    }

    @Test func theWeightsFileGivesTreesAsSplitsAndLeaves() throws {
        let json = """
            [{"splits": [{"feature": "capitalised", "threshold": 0.5}], "leaves": [-1, 2]},
             {"splits": [null, null, {"feature": "after", "threshold": 0.5}], "leaves": [0, 0, 0.5, 4]}]
            """
        let trees = try JSONDecoder().decode(TreeEnsemble.self, from: Data(json.utf8))
        #expect(trees.trees.count == 2 && trees.trees[0] == byCapital)
        // Capitalised (2); the second tree's first level sends all left, so `after` is not asked.
        #expect(trees.score(["capitalised": 1, "after": 1]) == 2)
        let incomplete = #"[{"splits": [{"feature": "after", "threshold": 0.5}], "leaves": [1, 2, 3]}]"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TreeEnsemble.self, from: Data(incomplete.utf8)) }
    }

    @Test func theRankerAddsItsTreesToItsWeights() {
        let ranker = SpeakerRanker(weights: ["after": 0.5], trees: TreeEnsemble(trees: [byCapital]), margin: 0)
        #expect(ranker.score(["after": 1, "capitalised": 1]) == 2.5)
        #expect(ranker.score(["before": 1]) == -1)
    }
}
