/// The characters beyond ASCII that ``ByteSearch`` may treat as barriers without decoding the
/// text around them: U+0080–U+00FF (two bytes, `C2`/`C3` and one more) and U+2000–U+207F
/// (three bytes, `E2 80`/`E2 81` and one more), which hold most of what news text has beyond
/// ASCII — no-break spaces, accented letters, curly quotation marks, dashes, ellipses.
enum FoldingBarriers {
    /// The scalars, in the order of their slots.
    static let scalars: [Unicode.Scalar] = (UInt32(0x80)...0xFF).map { Unicode.Scalar($0)! }
        + (UInt32(0x2000)...0x207F).map { Unicode.Scalar($0)! }

    /// The slot and length of the character whose valid UTF-8 begins at `index`, when it is one
    /// of ``scalars``.
    @inline(__always)
    static func slot(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (slot: Int, length: Int)? {
        let lead = bytes[index]
        if lead == 0xC2 || lead == 0xC3 {
            guard index + 1 < bytes.count else { return nil }
            return (Int(lead & 0x01) << 6 | Int(bytes[index + 1] & 0x3F), 2)
        }
        guard lead == 0xE2, index + 2 < bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second == 0x80 || second == 0x81 else { return nil }
        return (128 + (Int(second & 0x01) << 6 | Int(bytes[index + 2] & 0x3F)), 3)
    }
}
