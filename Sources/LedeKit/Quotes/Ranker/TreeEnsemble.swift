/// A sum of regression trees over a candidate's features: each tree asks, level by level,
/// whether one feature's value exceeds a threshold, and adds the value of the leaf it reaches.
///
/// A tree is complete: its splits are listed level by level (the children of split `i` are
/// `2i + 1` and `2i + 2`, then the leaves), so `n` levels have `2ⁿ − 1` splits and `2ⁿ`
/// leaves. A feature the vector lacks has the value 0; a split without a feature, or on a
/// feature outside ``FeatureSpace/ranker``, sends every candidate left. The trees are read
/// once into flat tables over the space's indices, so scoring looks up no name.
struct TreeEnsemble: Sendable, Decodable, Equatable {
    /// One tree as the weights file gives it.
    struct Tree: Sendable, Decodable, Equatable {
        /// The splits, level by level; nil where the tree does not split.
        let splits: [Split?]
        /// The value of each leaf, left to right.
        let leaves: [Double]
    }

    /// A question a tree asks: whether the value of `feature` exceeds `threshold`.
    struct Split: Sendable, Decodable, Equatable {
        let feature: String
        let threshold: Double
    }

    /// The trees, in the order their values are summed.
    let trees: [Tree]
    /// Each tree's number of levels.
    private let depths: [Int]
    /// Where each tree's splits start in ``slots`` and ``thresholds``, and its leaves in ``leafValues``.
    private let splitStarts: [Int]
    private let leafStarts: [Int]
    /// The place of each split's feature among ``slotCount`` (-1: the split sends all left).
    private let slots: [Int32]
    private let thresholds: [Double]
    private let leafValues: [Double]
    /// The place of each feature of ``FeatureSpace/ranker`` among those the trees read (-1 for none).
    private let slotByIndex: [Int32]
    /// How many features the trees read.
    private let slotCount: Int

    /// No tree: every score is 0.
    static let none = TreeEnsemble(trees: [])

    /// The ensemble of `trees`, each with `2ⁿ − 1` splits and `2ⁿ` leaves.
    init(trees: [Tree]) {
        precondition(trees.allSatisfy(Self.isComplete), "a tree needs 2ⁿ leaves and 2ⁿ − 1 splits")
        self.trees = trees
        var slotByIndex = [Int32](repeating: -1, count: FeatureSpace.ranker.count)
        var slotCount = 0
        var slots: [Int32] = []
        for split in trees.flatMap(\.splits) {
            guard let split, let index = FeatureSpace.ranker.index(of: split.feature) else {
                slots.append(-1)
                continue
            }
            if slotByIndex[index] < 0 {
                slotByIndex[index] = Int32(slotCount)
                slotCount += 1
            }
            slots.append(slotByIndex[index])
        }
        self.slots = slots
        self.slotByIndex = slotByIndex
        self.slotCount = slotCount
        thresholds = trees.flatMap { $0.splits.map { $0?.threshold ?? 0 } }
        leafValues = trees.flatMap(\.leaves)
        depths = trees.map { $0.leaves.count.trailingZeroBitCount }
        splitStarts = trees.reduce(into: [0]) { $0.append($0.last! + $1.splits.count) }
        leafStarts = trees.reduce(into: [0]) { $0.append($0.last! + $1.leaves.count) }
    }

    /// The ensemble read from a list of trees; an incomplete tree is an error.
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let trees = try container.decode([Tree].self)
        guard trees.allSatisfy(Self.isComplete) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a tree needs 2ⁿ leaves and 2ⁿ − 1 splits")
        }
        self.init(trees: trees)
    }

    /// Whether `tree` has `2ⁿ` leaves and `2ⁿ − 1` splits.
    static func isComplete(_ tree: Tree) -> Bool {
        tree.leaves.count.nonzeroBitCount == 1 && tree.splits.count == tree.leaves.count - 1
    }

    static func == (lhs: TreeEnsemble, rhs: TreeEnsemble) -> Bool { lhs.trees == rhs.trees }

    /// The sum of the leaves `features` reach, one per tree, added in the trees' order.
    func score(_ features: FeatureVector) -> Double {
        guard !trees.isEmpty else { return 0 }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: slotCount) { values in
            values.initialize(repeating: 0)
            for (index, value) in zip(features.indices, features.values) where slotByIndex[index] >= 0 {
                values[Int(slotByIndex[index])] = value
            }
            var sum = 0.0
            for tree in trees.indices {
                let start = splitStarts[tree]
                var node = 0
                for _ in 0..<depths[tree] {
                    let slot = slots[start + node]
                    let right = slot >= 0 && values[Int(slot)] > thresholds[start + node]
                    node = 2 * node + (right ? 2 : 1)
                }
                sum += leafValues[leafStarts[tree] + node - (1 << depths[tree]) + 1]
            }
            return sum
        }
    }
}
