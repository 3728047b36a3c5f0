/// A literal query of ASCII characters matched on a text's UTF-8 bytes, with the same matches as
/// ``SearchableText/matches(of:)`` but without folding the whole text first.
///
/// Folding (``SearchFolding``) leaves ASCII as it is, but for `` ` `` and `''`. So a byte that
/// is ASCII, none of the query's characters and no quotation mark is a *barrier*: no match spans
/// it. The bytes are scanned as they are, and only a stretch around a byte that folding may
/// change (beyond ASCII, or a quotation mark when the query has one), from barrier to barrier, is
/// decoded and folded.
///
/// A text may be searched in pieces that start and end at a line break (a barrier for every
/// query this type takes): give each piece the number of scalars before it.
public struct ByteSearch: Sendable {
    /// The query's bytes, in lower case when case is ignored.
    private let pattern: [UInt8]
    /// The search, for the folded stretches.
    private let search: TextSearch
    /// For each byte value: whether no match can hold it.
    private let barrier: [Bool]
    /// For each byte value: whether folding may read it as something else.
    private let special: [Bool]
    /// Whether only bytes beyond ASCII are special (the query has no quotation mark), so that
    /// plain stretches can be passed over eight bytes at a time.
    private let skipsQuotes: Bool
    /// The query's first byte in every byte of a word, for the word-at-a-time scan.
    private let firstInEveryByte: UInt64
    /// Bits to set in every byte before comparing with ``firstInEveryByte``: `0x20` (lower case)
    /// when case is ignored and the first byte is a letter, else none.
    private let caseBits: UInt64
    /// For each scalar of U+0080–U+00FF and U+2000–U+207F (news text's no-break spaces, accented
    /// letters, curly quotation marks, dashes and ellipses), by ``FoldingBarriers/index(_:)``:
    /// whether it folds to nothing of the query, so that it is a barrier like an ASCII one and
    /// the text around it need not be decoded. Empty when the query has a quotation mark.
    private let foldingBarrier: [Bool]

    /// Prepares `search` for the bytes; nil unless it is a literal query of ASCII characters
    /// without a line break.
    public init?(_ search: TextSearch) {
        let query = Array(search.query.utf8)
        guard !search.isRegex, !query.isEmpty, query.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\n") }) else {
            return nil
        }
        self.search = search
        let ignoresCase = search.ignoresCase
        pattern = query.map { ignoresCase ? Self.lowercased($0) : $0 }
        let quotes: [UInt8] = [UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`")]
        let quoted = query.contains(where: quotes.contains)
        var barrier = [Bool](repeating: false, count: 256), special = [Bool](repeating: false, count: 256)
        for byte in 0..<256 {
            let value = UInt8(byte)
            let isQuote = value == UInt8(ascii: "'") || value == UInt8(ascii: "`")
            special[byte] = value >= 0x80 || (quoted && isQuote)
            let inQuery = pattern.contains(ignoresCase ? Self.lowercased(value) : value)
            barrier[byte] = value < 0x80 && !inQuery && !(quoted && isQuote)
        }
        self.barrier = barrier
        self.special = special
        skipsQuotes = !quoted
        firstInEveryByte = UInt64(pattern[0]) &* Self.ones
        let letter = pattern[0] >= UInt8(ascii: "a") && pattern[0] <= UInt8(ascii: "z")
        caseBits = ignoresCase && letter ? 0x20 &* Self.ones : 0
        foldingBarrier = quoted ? [] : FoldingBarriers.scalars.map { scalar in
            SearchFolding.fold(scalar, keepingAccents: search.keepsAccents).allSatisfy { folded in
                folded.isASCII && barrier[Int(folded.value)]
            }
        }
    }

    /// `0x01` in every byte of a word.
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    /// `0x80` in every byte of a word.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of `word` is zero (it may also flag a byte after a zero one).
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highBits != 0
    }

    /// The first index from `start` of a byte beyond ASCII, or of the last few bytes; the bytes
    /// are read eight at a time.
    private static func firstNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & highBits != 0 { break }
            index += 8
        }
        return index
    }

    /// The first index from `start`, below `end`, where the query's first byte may be (the
    /// eight bytes of the word that holds it are then checked one by one).
    private func firstCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, below end: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index + 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if Self.hasZeroByte((word | caseBits) ^ firstInEveryByte) { break }
            index += 8
        }
        return index
    }

    /// Every non-overlapping match in `bytes`, the UTF-8 of a text or of a piece of it that
    /// starts and ends at a line break, as scalar ranges counted from `scalarOffset` (the scalars
    /// before the piece).
    public func matches(in bytes: UnsafeBufferPointer<UInt8>, scalarOffset: Int = 0) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // Scalar offset = byte offset - continuation bytes before it (none in the plain stretches).
        var continuations = 0
        var position = 0
        let count = bytes.count
        while position < count {
            var next = skipsQuotes ? Self.firstNonASCII(bytes, from: position) : position
            while next < count, !special[Int(bytes[next])] { next += 1 }
            if let length = barrierLength(bytes, at: next) {
                // A character that folds to nothing of the query: the plain bytes before it
                // are scanned as they are, and the search goes on after it.
                scanPlain(bytes, position..<next) { result.append(($0.lowerBound + scalarOffset - continuations)..<($0.upperBound + scalarOffset - continuations)) }
                continuations += length - 1
                position = next + length
                continue
            }
            var start = next
            while start > position, start < count, !barrier[Int(bytes[start - 1])] { start -= 1 }
            let shift = scalarOffset - continuations
            scanPlain(bytes, position..<start) { result.append(($0.lowerBound + shift)..<($0.upperBound + shift)) }
            guard next < count else { break }
            var end = next
            while end < count, !barrier[Int(bytes[end])] { end += 1 }
            let stretch = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let base = start - continuations + scalarOffset
            for range in SearchableText.foldedMatches(of: search, in: Array(String(decoding: stretch, as: UTF8.self).unicodeScalars)) {
                result.append((range.lowerBound + base)..<(range.upperBound + base))
            }
            continuations += stretch.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 1 : 0) }
            position = end
        }
        return result
    }

    /// The length of the character at `index` when it is a folding barrier, else nil.
    @inline(__always)
    private func barrierLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard !foldingBarrier.isEmpty, index < bytes.count,
            let (slot, length) = FoldingBarriers.slot(bytes, at: index), foldingBarrier[slot]
        else { return nil }
        return length
    }

    /// Reports the matches of the pattern among `range` of `bytes`, which are ASCII, left to right, not overlapping.
    private func scanPlain(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ found: (Range<Int>) -> Void) {
        let length = pattern.count
        guard range.count >= length else { return }
        let ignoresCase = search.ignoresCase
        let first = pattern[0]
        let firstUpper = ignoresCase ? Self.uppercased(first) : first
        var index = range.lowerBound
        let last = range.upperBound - length
        while index <= last {
            if (index - range.lowerBound) & 7 == 0 {
                index = firstCandidate(bytes, from: index, below: last + 1)
                if index > last { break }
            }
            let byte = bytes[index]
            guard byte == first || byte == firstUpper else {
                index += 1
                continue
            }
            var offset = 1
            while offset < length {
                let byte = bytes[index + offset]
                guard byte == pattern[offset] || (ignoresCase && Self.lowercased(byte) == pattern[offset]) else { break }
                offset += 1
            }
            if offset == length {
                found(index..<index + length)
                index += length
            } else {
                index += 1
            }
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte
    }

    private static func uppercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 0x20 : byte
    }
}
