/// An article's bytes cut into chunks at paragraph breaks, so that a large file can be
/// repaired and analysed a chunk at a time: the first chunk for the first screen, the rest
/// in the background.
///
/// A chunk ends after a blank line found at or after its nominal size; where there is none
/// within another chunk's length, after a line break, then after a space, and, for a text
/// with none of those, at the first character boundary. Text in UTF-16 (announced by its byte
/// order mark) is cut alike, by code units, and each chunk after the first is given the mark. An article no longer than ``firstSize`` is one chunk,
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

    /// How the bytes encode text, as far as cutting them goes: UTF-8 (or a legacy code page,
    /// one byte per character), or UTF-16 announced by its byte order mark.
    enum Units: Equatable {
        case bytes
        case utf16(bigEndian: Bool)

        /// The units of `bytes`, by its byte order mark.
        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self = bytes.count < 2 ? .bytes
                : bytes[0] == 0xFF && bytes[1] == 0xFE ? .utf16(bigEndian: false)
                : bytes[0] == 0xFE && bytes[1] == 0xFF ? .utf16(bigEndian: true) : .bytes
        }

        /// Bytes per unit.
        var width: Int { self == .bytes ? 1 : 2 }

        /// The unit at byte `index` (a byte, or a UTF-16 code unit).
        func unit(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt16 {
            switch self {
            case .bytes: UInt16(bytes[index])
            case .utf16(let bigEndian):
                bigEndian ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]) : UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
            }
        }

        /// Whether `unit` is a space, a tab or a CR.
        func isBlank(_ unit: UInt16) -> Bool {
            unit == 0x20 || unit == 0x09 || unit == 0x0D
        }

        /// Whether the unit at `index` continues a character (a UTF-8 continuation byte, or
        /// the low half of a UTF-16 surrogate pair): no chunk starts there.
        func continues(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
            let unit = unit(bytes, at: index)
            return self == .bytes ? unit & 0xC0 == 0x80 : (0xDC00...0xDFFF).contains(unit)
        }
    }

    /// The chunks' ranges in `bytes`. A chunk of UTF-16 after the first starts without the
    /// byte order mark, which ``subscript(_:)`` puts before it.
    private static func ranges(_ bytes: UnsafeBufferPointer<UInt8>, firstSize: Int, laterSize: Int) -> [Range<Int>] {
        let units = Units(bytes)
        // An odd last byte of UTF-16 stays with the last chunk.
        let end = bytes.count - bytes.count % units.width
        var ranges: [Range<Int>] = []
        var start = 0
        while start < end {
            let size = max(units.width, (ranges.isEmpty ? firstSize : laterSize) / units.width * units.width)
            let cut = Self.cut(UnsafeBufferPointer(rebasing: bytes[..<end]), after: start + size, window: size, units: units)
            ranges.append(start..<cut)
            start = cut
        }
        if end < bytes.count, let last = ranges.popLast() { ranges.append(last.lowerBound..<bytes.count) }
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

    /// The bytes of chunk `index` (UTF-16 after the first with the byte order mark before it,
    /// so that each chunk is decoded alike).
    public subscript(index: Int) -> [UInt8] {
        func chunk(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
            index > 0 && Units(bytes) != .bytes ? Array(bytes[0..<2]) + bytes[ranges[index]] : Array(bytes[ranges[index]])
        }
        return switch storage {
        case .array(let bytes): bytes.withUnsafeBufferPointer(chunk)
        case .mapped(let file): file.withBytes(chunk)
        }
    }

    /// Lets the memory of chunk `index`'s bytes go, once they have been taken (a chunk of a file
    /// mapped into memory; the bytes of an array stay). The bytes can still be read, from the file.
    public func release(_ index: Int) {
        if case .mapped(let file) = storage { file.release(ranges[index]) }
    }

    /// Where the chunk that should end near `target` ends: after the first blank line (and
    /// the white space after it) within `window` bytes of `target`, else at the end of `bytes`
    /// when that is within the window, else after a line break, else after a space, else at a
    /// character boundary. `units` says how wide a character's units are (`target` and
    /// `window` are multiples of it).
    static func cut(_ bytes: UnsafeBufferPointer<UInt8>, after target: Int, window: Int, units: Units = .bytes) -> Int {
        guard target < bytes.count else { return bytes.count }
        let limit = min(bytes.count, target + window)
        let newline: UInt16 = 0x0A
        let step = units.width
        var firstNewline: Int?
        var firstSpace: Int?
        var index = target
        while index < limit {
            let unit = units.unit(bytes, at: index)
            if unit == newline {
                if firstNewline == nil { firstNewline = index }
                // A blank line: only spaces, tabs or a CR before the next line feed.
                var next = index + step
                while next < bytes.count, units.isBlank(units.unit(bytes, at: next)) { next += step }
                if next < bytes.count, units.unit(bytes, at: next) == newline { return skippingWhiteSpace(bytes, from: next, units: units) }
            } else if unit == 0x20, firstSpace == nil {
                firstSpace = index
            }
            index += step
        }
        // The end of the text ends a paragraph too.
        if limit == bytes.count { return bytes.count }
        if let breakAt = firstNewline ?? firstSpace { return skippingWhiteSpace(bytes, from: breakAt, units: units) }
        var boundary = target
        while boundary < bytes.count, units.continues(bytes, at: boundary) { boundary += step }
        return boundary
    }

    /// The first offset at or after `start` that is not ASCII white space.
    private static func skippingWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, units: Units) -> Int {
        var index = start
        while index < bytes.count, units.isBlank(units.unit(bytes, at: index)) || units.unit(bytes, at: index) == 0x0A {
            index += units.width
        }
        return index
    }
}
