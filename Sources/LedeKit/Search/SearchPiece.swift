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
    /// where the piece ends. Every kind of search runs in pieces: a literal ASCII query on the
    /// bytes, a query beyond ASCII folded piece by piece, and a regular expression read on to
    /// the end of the line after the piece, so that a match that runs over the piece's last
    /// line break is taken whole (the next piece then starts where it ends). Nil when the
    /// whole text is quicker or needed: a literal query with a line break or that folds to
    /// nothing, or one beyond ASCII when the folded text is already made.
    ///
    /// A piece ends at byte `limit` at the latest, the start of a line (a search that began
    /// there and wrapped around to the text's start stops where it began); a regular
    /// expression's match is not read on past it.
    public func matches(of search: TextSearch, from start: TextPosition, bytes size: Int, before limit: Int? = nil) -> (matches: [Range<Int>], end: TextPosition)? {
        let byteSearch = ByteSearch(search)
        let regex = search.regex
        if byteSearch == nil, regex == nil {
            guard !search.pattern.isEmpty, !search.pattern.contains(UInt32(UInt8(ascii: "\n"))), !hasFolded(search) else { return nil }
        }
        var text = text
        let (end, reach, scalars) = text.withUTF8 { utf8 in
            let stop = min(limit ?? utf8.count, utf8.count)
            let end = min(Self.lineEnd(in: utf8, from: start.byte + max(1, size)), stop)
            return (end, min(Self.lineEnd(in: utf8, from: end + 1), stop), Self.scalarCount(UnsafeBufferPointer(rebasing: utf8[start.byte..<end])))
        }
        let pieceEnd = TextPosition(byte: end, scalar: start.scalar + scalars)
        let utf8 = text.utf8
        if let regex {
            let found = matches(of: regex, in: utf8.index(utf8.startIndex, offsetBy: start.byte)..<utf8.index(utf8.startIndex, offsetBy: reach), scalarOffset: start.scalar)
            let taken = found.prefix { $0.lowerBound < pieceEnd.scalar }
            guard let last = taken.last, last.upperBound > pieceEnd.scalar else { return (Array(taken), pieceEnd) }
            let beyond = text.withUTF8 { Self.byteOffset(in: $0, from: end, scalars: last.upperBound - pieceEnd.scalar) }
            return (Array(taken), TextPosition(byte: beyond, scalar: last.upperBound))
        }
        let matches = text.withUTF8 { utf8 in
            let piece = UnsafeBufferPointer(rebasing: utf8[start.byte..<end])
            if let byteSearch { return byteSearch.matches(in: piece, scalarOffset: start.scalar) }
            let scalars = Array(String(decoding: piece, as: UTF8.self).unicodeScalars)
            return Self.foldedMatches(of: search, in: scalars).map { $0.lowerBound + start.scalar..<$0.upperBound + start.scalar }
        }
        return (matches, pieceEnd)
    }

    /// The start of the line that holds the byte `bytes` before `position` (`position` itself
    /// by default), or `floor` if that is later: just after the line break before it. Where a
    /// search from `position` can start its pieces, or a piece read backward from it start.
    public func lineStart(of position: TextPosition, bytesBack bytes: Int = 0, notBefore floor: TextPosition = .start) -> TextPosition {
        var text = text
        let back = text.withUTF8 { utf8 in
            var byte = max(floor.byte, min(position.byte, utf8.count) - bytes)
            while byte > floor.byte, utf8[byte - 1] != UInt8(ascii: "\n") { byte -= 1 }
            return (byte, Self.scalarCount(UnsafeBufferPointer(rebasing: utf8[byte..<min(position.byte, utf8.count)])))
        }
        return TextPosition(byte: back.0, scalar: position.scalar - back.1)
    }

    /// The end of the line that holds `position`: just after its line break, or the text's end;
    /// where a backward search from `position` can end its first piece.
    public func lineEnd(of position: TextPosition) -> TextPosition {
        var text = text
        return text.withUTF8 { utf8 in
            var byte = min(position.byte, utf8.count), scalar = position.scalar
            while byte < utf8.count {
                let value = utf8[byte]
                if value & 0xC0 != 0x80 { scalar += 1 }
                byte += 1
                if value == UInt8(ascii: "\n") { break }
            }
            return TextPosition(byte: byte, scalar: scalar)
        }
    }

    /// The end of the line that holds byte `offset` (just after its line break), or the end.
    private static func lineEnd(in utf8: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        var end = min(utf8.count, offset)
        while end < utf8.count, utf8[end - 1] != UInt8(ascii: "\n") { end += 1 }
        return end
    }

    /// The number of scalars in `bytes`.
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The byte offset `scalars` scalars after byte `start`.
    private static func byteOffset(in utf8: UnsafeBufferPointer<UInt8>, from start: Int, scalars: Int) -> Int {
        var offset = start, left = scalars
        while offset < utf8.count {
            if utf8[offset] & 0xC0 != 0x80 {
                if left == 0 { break }
                left -= 1
            }
            offset += 1
        }
        return offset
    }
}
