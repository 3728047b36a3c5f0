import Algorithms

/// Sorted, non-overlapping ranges with fast lookup of the one containing an offset.
struct RangeIndex<Value: Sendable>: Sendable {
    private let ranges: [Range<Int>]
    private let values: [Value]

    /// Indexes `entries`; they must be sorted and must not overlap.
    init(_ entries: [(Range<Int>, Value)]) {
        ranges = entries.map(\.0)
        values = entries.map(\.1)
    }

    /// The value whose range contains `offset`, if any.
    func value(at offset: Int) -> Value? {
        let index = ranges.partitioningIndex { $0.upperBound > offset }
        return index < ranges.count && ranges[index].contains(offset) ? values[index] : nil
    }
}
