/// Finds a query in text, with smart case: a query in lower case ignores case, one with a
/// capital letter matches case exactly.
public struct TextSearch: Hashable, Sendable {
    /// The text searched for.
    public let query: String
    private let pattern: [Unicode.Scalar]
    /// Whether matching ignores case.
    public let ignoresCase: Bool

    /// Prepares a search for `query`.
    public init(_ query: String) {
        self.query = query
        ignoresCase = !query.unicodeScalars.contains { $0.properties.isUppercase }
        pattern = query.unicodeScalars.map { $0 }
    }

    /// Every non-overlapping match in `scalars`, as scalar ranges in text order.
    public func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return [] }
        var result: [Range<Int>] = []
        var start = 0
        let last = scalars.count - pattern.count
        while start <= last {
            var offset = 0
            while offset < pattern.count, same(scalars[start + offset], pattern[offset]) { offset += 1 }
            if offset == pattern.count {
                result.append(start..<start + pattern.count)
                start += pattern.count
            } else {
                start += 1
            }
        }
        return result
    }

    private func same(_ text: Unicode.Scalar, _ query: Unicode.Scalar) -> Bool {
        if text == query { return true }
        if text.isApostrophe && query.isApostrophe { return true }
        return ignoresCase && text.lowercasedScalar == query
    }
}
