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

    /// A split as scoring reads it: the place of its feature among those the trees read (a
    /// split on no feature reads the place after them, always 0, so it sends all left), and
    /// its threshold.
    private struct Node {
        let slot: Int
        let threshold: Double
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
    /// Where each tree's splits start in ``nodes``, and its leaves in ``leafValues``.
    private let splitStarts: [Int]
    private let leafStarts: [Int]
    /// Every tree's splits in turn, read by place.
    private let nodes: [Node]
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
        var nodes: [Node] = []
        for split in trees.flatMap(\.splits) {
            guard let split, let index = FeatureSpace.ranker.index(of: split.feature) else {
                nodes.append(Node(slot: -1, threshold: 0))
                continue
            }
            if slotByIndex[index] < 0 {
                slotByIndex[index] = Int32(slotCount)
                slotCount += 1
            }
            nodes.append(Node(slot: Int(slotByIndex[index]), threshold: split.threshold))
        }
        self.nodes = nodes.map { $0.slot < 0 ? Node(slot: slotCount, threshold: 0) : $0 }
        self.slotByIndex = slotByIndex
        self.slotCount = slotCount
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
    ///
    /// The features the trees read are copied once into a buffer by place (0 where absent,
    /// and in its last place for splits on no feature), so each level is one load and one
    /// comparison.
    func score(_ features: FeatureVector) -> Double {
        guard !trees.isEmpty else { return 0 }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: slotCount + 1) { values in
            values.initialize(repeating: 0)
            for (index, value) in zip(features.indices, features.values) where slotByIndex[index] >= 0 {
                values[Int(slotByIndex[index])] = value
            }
            return nodes.withUnsafeBufferPointer { nodes in
                leafValues.withUnsafeBufferPointer { leaves in
                    var sum = 0.0
                    for tree in 0..<depths.count {
                        let start = splitStarts[tree]
                        var node = 0
                        for _ in 0..<depths[tree] {
                            let split = nodes[start + node]
                            node = 2 * node + (values[split.slot] > split.threshold ? 2 : 1)
                        }
                        sum += leaves[leafStarts[tree] + node - (1 << depths[tree]) + 1]
                    }
                    return sum
                }
            }
        }
    }
}
