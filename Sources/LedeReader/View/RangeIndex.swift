/// Sorted, non-overlapping ranges with fast lookup of the one containing an offset.
struct RangeIndex<Value> {
    private let ranges: [Range<Int>]
    private let values: [Value]

    /// Indexes `entries`; they must be sorted and must not overlap.
    init(_ entries: [(Range<Int>, Value)]) {
        ranges = entries.map(\.0)
        values = entries.map(\.1)
    }

    /// The value whose range contains `offset`, if any.
    func value(at offset: Int) -> Value? {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= offset {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < ranges.count && ranges[low].contains(offset) ? values[low] : nil
    }
}
