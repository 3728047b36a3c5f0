import Algorithms

/// Sorted, non-overlapping ranges with fast lookup of the one containing an offset.
struct RangeIndex<Value: Sendable>: Sendable {
    private var ranges: [Range<Int>] = []
    private var values: [Value] = []

    /// Indexes `entries`; they must be sorted and must not overlap.
    init(_ entries: [(Range<Int>, Value)]) {
        append(entries)
    }

    /// The number of ranges indexed.
    var count: Int { ranges.count }

    /// Indexes `entries` too; they must be sorted, must not overlap, and must follow those
    /// indexed already.
    mutating func append(_ entries: some Sequence<(Range<Int>, Value)>) {
        for (range, value) in entries {
            ranges.append(range)
            values.append(value)
        }
    }

    /// The value whose range contains `offset`, if any.
    func value(at offset: Int) -> Value? {
        let index = ranges.partitioningIndex { $0.upperBound > offset }
        return index < ranges.count && ranges[index].contains(offset) ? values[index] : nil
    }
}
