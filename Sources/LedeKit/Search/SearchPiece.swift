/// A place in a text, as a UTF-8 offset and the scalar offset it stands for: where a search
/// run piece by piece (``SearchableText/matches(of:from:bytes:)``) goes on.
public struct TextPosition: Hashable, Sendable {
    /// The offset in the text's UTF-8.
    public var byte: Int
    /// The offset in the text's scalars.
    public var scalar: Int

    /// The position `byte` bytes and `scalar` scalars into a text.
    public init(byte: Int, scalar: Int) {
        self.byte = byte
        self.scalar = scalar
    }

    /// The start of a text.
    public static let start = TextPosition(byte: 0, scalar: 0)
}

extension SearchableText {
    /// The matches of `search` in a piece of the text: from `start` (the text's start, or just
    /// after a line break) to the first line break at least `size` bytes on, or the end; and
    /// where the piece ends. Nil when `search` cannot run in pieces (a regular expression, or
    /// a query beyond ASCII or with a line break: those need the whole text).
    public func matches(of search: TextSearch, from start: TextPosition, bytes size: Int) -> (matches: [Range<Int>], end: TextPosition)? {
        guard let byteSearch = ByteSearch(search) else { return nil }
        var text = text
        return text.withUTF8 { utf8 in
            var end = min(utf8.count, start.byte + max(1, size))
            while end < utf8.count, utf8[end - 1] != UInt8(ascii: "\n") { end += 1 }
            let piece = UnsafeBufferPointer(rebasing: utf8[start.byte..<end])
            let scalars = piece.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            return (byteSearch.matches(in: piece, scalarOffset: start.scalar), TextPosition(byte: end, scalar: start.scalar + scalars))
        }
    }
}
