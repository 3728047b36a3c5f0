import Algorithms

/// Ranges of text offsets that do not overlap, sorted, for asking in logarithmic time
/// whether an offset falls inside one of them (a quotation, say).
struct SortedRanges: Sendable {
    /// The ranges, sorted by their lower bounds, overlapping ones merged.
    let ranges: [Range<Int>]

    /// Sorts `ranges` and merges those that overlap.
    init(_ ranges: some Sequence<Range<Int>>) {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        self.ranges = merged
    }

    /// The range holding `offset`, if any.
    func range(containing offset: Int) -> Range<Int>? {
        let index = ranges.partitioningIndex { $0.upperBound > offset }
        guard index < ranges.count, ranges[index].contains(offset) else { return nil }
        return ranges[index]
    }

    /// Whether `offset` falls inside one of the ranges.
    func contains(_ offset: Int) -> Bool {
        range(containing: offset) != nil
    }

    /// The ranges that overlap `bounds`.
    func overlapping(_ bounds: Range<Int>) -> ArraySlice<Range<Int>> {
        let start = ranges.partitioningIndex { $0.upperBound > bounds.lowerBound }
        let end = ranges[start...].partitioningIndex { $0.lowerBound >= bounds.upperBound }
        return ranges[start..<end]
    }
}
