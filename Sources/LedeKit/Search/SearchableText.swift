import Synchronization

/// An article's text prepared for search: folded once for each way of treating accents, the
/// first time a search needs it, and shared by every search after (from any thread).
public final class SearchableText: Sendable {
    /// The text.
    public let text: String
    /// The folded text, keeping accents (`true`) or not.
    private let folded = Mutex<[Bool: FoldedText]>([:])

    /// Prepares `text`.
    public init(text: String) {
        self.text = text
    }

    /// Every non-overlapping match of `search`, as scalar ranges in text order.
    public func matches(of search: TextSearch) -> [Range<Int>] {
        if let regex = search.regex { return matches(of: regex, in: text.startIndex..<text.endIndex, scalarOffset: 0) }
        guard !search.pattern.isEmpty else { return [] }
        if let bytes = ByteSearch(search) {
            var text = text
            return text.withUTF8 { bytes.matches(in: $0) }
        }
        let text = folded.withLock { cache in
            if let made = cache[search.keepsAccents] { return made }
            let made = FoldedText(Array(self.text.unicodeScalars), keepingAccents: search.keepsAccents)
            cache[search.keepsAccents] = made
            return made
        }
        return Self.matches(of: search.pattern, in: text, ignoringCase: search.ignoresCase).map(text.originalRange(of:))
    }

    /// The matches of the literal `search` in `scalars`, folded for it, as ranges of `scalars`.
    static func foldedMatches(of search: TextSearch, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let text = FoldedText(scalars, keepingAccents: search.keepsAccents)
        return matches(of: search.pattern, in: text, ignoringCase: search.ignoresCase).map(text.originalRange(of:))
    }

    /// The ranges of `folded`'s keys that equal `pattern`, left to right, not overlapping.
    private static func matches(of pattern: [UInt32], in folded: FoldedText, ignoringCase: Bool) -> [Range<Int>] {
        let keys = folded.keys
        guard pattern.count <= keys.count else { return [] }
        var result: [Range<Int>] = []
        var start = 0
        let last = keys.count - pattern.count
        while start <= last {
            var offset = 0
            while offset < pattern.count, same(keys[start + offset], pattern[offset], ignoringCase) { offset += 1 }
            if offset == pattern.count {
                result.append(start..<start + pattern.count)
                start += pattern.count
            } else {
                start += 1
            }
        }
        return result
    }

    /// Whether a text key matches a pattern key (already in lower case when case is ignored).
    private static func same(_ key: UInt32, _ pattern: UInt32, _ ignoringCase: Bool) -> Bool {
        if key == pattern { return true }
        guard ignoringCase else { return false }
        if key < 0x80 { return key >= 0x41 && key <= 0x5A && key + 0x20 == pattern }
        return Unicode.Scalar(key).map { $0.lowercasedScalar.value == pattern } ?? false
    }

    /// Whether the text folded for `search` is already made (a later search over it is quick).
    func hasFolded(_ search: TextSearch) -> Bool {
        folded.withLock { $0[search.keepsAccents] != nil }
    }

    /// The non-empty matches of `regex` in the stretch `range` of the text (which starts
    /// `offset` scalars in), as scalar ranges of the text.
    func matches(of regex: Regex<AnyRegexOutput>, in range: Range<String.Index>, scalarOffset offset: Int) -> [Range<Int>] {
        let view = text.unicodeScalars
        var offset = offset
        var index = range.lowerBound
        var result: [Range<Int>] = []
        for match in text[range].matches(of: regex) where !match.range.isEmpty {
            offset += view.distance(from: index, to: match.range.lowerBound)
            index = match.range.lowerBound
            let length = view.distance(from: index, to: match.range.upperBound)
            result.append(offset..<offset + length)
        }
        return result
    }
}
