/// Where every ``stride``th scalar of a UTF-8 text starts: random access by scalar offset to a
/// text kept only as UTF-8 (one byte per character of news text, where an array of scalars
/// takes four), at the cost of reading up to `stride - 1` scalars forward.
public struct ScalarIndex: Sendable {
    /// Scalars between two entries.
    static let stride = 128
    /// The byte offset of scalar `stride × n`, for each `n`.
    private var starts: [Int] = []
    /// The number of scalars indexed.
    public private(set) var count = 0
    /// The number of bytes indexed.
    public private(set) var byteCount = 0

    /// An index of no text.
    public init() {}

    /// Indexes `utf8`, whole characters that follow the text indexed so far.
    mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        starts.reserveCapacity(starts.count + utf8.count / Self.stride + 1)
        for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
            if count % Self.stride == 0 { starts.append(byteCount + offset) }
            count += 1
        }
        byteCount += utf8.count
    }

    /// Makes room for a text of `bytes` bytes (at most that many scalars).
    mutating func reserveCapacity(_ bytes: Int) {
        starts.reserveCapacity(bytes / Self.stride + 1)
    }

    /// The byte offset in `utf8` (the text indexed) where scalar `offset` starts; the text's
    /// length for `offset == count`.
    func byteOffset(of offset: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard offset < count else { return byteCount }
        var byte = starts[offset / Self.stride]
        for _ in 0..<offset % Self.stride { byte += Self.length(utf8[byte]) }
        return byte
    }

    /// The length in bytes of the UTF-8 character whose first byte is `lead`.
    @inline(__always)
    static func length(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
