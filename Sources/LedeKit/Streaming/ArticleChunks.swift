/// An article's bytes cut into chunks at paragraph breaks, so that a large file can be
/// repaired and analysed a chunk at a time: the first chunk for the first screen, the rest
/// in the background.
///
/// A chunk ends after a blank line found at or after its nominal size; where there is none
/// within another chunk's length, after a line break, then after a space, and, for a text
/// with none of those, at the first UTF-8 character boundary. Text in UTF-16 (announced by
/// its byte order mark) is never cut. An article no longer than ``firstSize`` is one chunk,
/// analysed exactly as a whole. The bytes may be a file mapped into memory
/// (``MappedFile``): then only the bytes near each cut are read to make the chunks, and each
/// chunk's when it is taken.
public struct ArticleChunks: Sendable {
    /// The nominal size of the first chunk, in bytes: small, so that the first screen shows at
    /// once, and larger than any news article, so that those stay whole.
    public static let firstSize = 64 * 1024
    /// The nominal size of the chunks after the first, in bytes.
    public static let laterSize = 512 * 1024

    /// Where the article's bytes are.
    private enum Storage: Sendable {
        case array([UInt8])
        case mapped(MappedFile)
    }

    /// The whole article.
    private let storage: Storage
    /// The chunks' byte ranges, in order, covering the article.
    public let ranges: [Range<Int>]

    /// Cuts `bytes` into chunks of about `firstSize`, then `laterSize` bytes.
    public init(_ bytes: [UInt8], firstSize: Int = Self.firstSize, laterSize: Int = Self.laterSize) {
        storage = .array(bytes)
        ranges = bytes.withUnsafeBufferPointer { Self.ranges($0, firstSize: firstSize, laterSize: laterSize) }
    }

    /// Cuts the bytes of `file` into chunks of about `firstSize`, then `laterSize` bytes.
    public init(_ file: MappedFile, firstSize: Int = Self.firstSize, laterSize: Int = Self.laterSize) {
        storage = .mapped(file)
        ranges = file.withBytes { Self.ranges($0, firstSize: firstSize, laterSize: laterSize) }
    }

    /// The chunks' ranges in `bytes`.
    private static func ranges(_ bytes: UnsafeBufferPointer<UInt8>, firstSize: Int, laterSize: Int) -> [Range<Int>] {
        let isUTF16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        var ranges: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            let size = ranges.isEmpty ? firstSize : laterSize
            let end = isUTF16 ? bytes.count : Self.cut(bytes, after: start + max(1, size), window: max(1, size))
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    /// The number of chunks.
    public var count: Int { ranges.count }

    /// The article's size in bytes.
    public var byteCount: Int {
        switch storage {
        case .array(let bytes): bytes.count
        case .mapped(let file): file.count
        }
    }

    /// The bytes of chunk `index`.
    public subscript(index: Int) -> [UInt8] {
        switch storage {
        case .array(let bytes): Array(bytes[ranges[index]])
        case .mapped(let file): file.withBytes { Array($0[ranges[index]]) }
        }
    }

    /// Where the chunk that should end near `target` ends: after the first blank line (and
    /// the white space after it) within `window` bytes of `target`, else at the end of `bytes`
    /// when that is within the window, else after a line break, else after a space, else at a
    /// character boundary.
    static func cut(_ bytes: UnsafeBufferPointer<UInt8>, after target: Int, window: Int) -> Int {
        guard target < bytes.count else { return bytes.count }
        let limit = min(bytes.count, target + window)
        let newline = UInt8(ascii: "\n")
        var firstNewline: Int?
        var firstSpace: Int?
        var index = target
        while index < limit {
            let byte = bytes[index]
            if byte == newline {
                if firstNewline == nil { firstNewline = index }
                // A blank line: only spaces, tabs or a CR before the next line feed.
                var next = index + 1
                while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0D { next += 1 }
                if next < bytes.count, bytes[next] == newline { return skippingWhiteSpace(bytes, from: next) }
            } else if byte == 0x20, firstSpace == nil {
                firstSpace = index
            }
            index += 1
        }
        // The end of the text ends a paragraph too.
        if limit == bytes.count { return bytes.count }
        if let breakAt = firstNewline ?? firstSpace { return skippingWhiteSpace(bytes, from: breakAt) }
        var boundary = target
        while boundary < bytes.count, bytes[boundary] & 0xC0 == 0x80 { boundary += 1 }
        return boundary
    }

    /// The first offset at or after `start` that is not ASCII white space.
    private static func skippingWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D || bytes[index] == 0x0A {
            index += 1
        }
        return index
    }
}
