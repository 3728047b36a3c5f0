/// The "â" (U+00E2) left of a character encoded E2 xx yy when UTF-8 was read as Latin-1
/// and the C1 controls (U+0080–U+009F) it produced were dropped.
enum StrandedMark {
    /// The mark itself.
    static let scalar: Unicode.Scalar = "\u{00E2}"

    /// Whether `scalar` is a final byte 0xA0–0xBF read as Latin-1: the byte survived, so it
    /// and the mark before it are a pair naming the lost character.
    static func isSurvivingByte(_ scalar: Unicode.Scalar) -> Bool {
        (0xA0...0xBF).contains(scalar.value)
    }

    /// The character that a two-byte UTF-8 sequence stood for when its bytes, read as Latin-1,
    /// both survived ("Â" and U+00A0 for a no-break space, "Ã©" for "é"); nil for any other pair.
    static func character(lead: Unicode.Scalar, continuation: Unicode.Scalar) -> Unicode.Scalar? {
        guard (0xC2...0xDF).contains(lead.value), isSurvivingByte(continuation) else { return nil }
        return Unicode.Scalar((lead.value & 0x1F) << 6 | continuation.value & 0x3F)
    }

    /// The character the mark followed by `partner` stood for, when the pair names one that
    /// articles use; `previous` is the character before the mark. "â¢" is ™ after a letter, else •;
    /// "âª" is the left-to-right embedding (U+202A) that embedded posts carry.
    static func replacement(pairedWith partner: Unicode.Scalar, after previous: Unicode.Scalar?) -> MarkReplacement? {
        switch partner {
        case "\u{00A6}": MarkReplacement("\u{2026}", .ellipsis, length: 2)
        case "\u{00B0}": MarkReplacement("\u{2030}", .other, length: 2)
        case "\u{00B2}": MarkReplacement("\u{2032}", .other, length: 2)
        case "\u{00B3}": MarkReplacement("\u{2033}", .other, length: 2)
        case "\u{00B9}": MarkReplacement("\u{2039}", .other, length: 2)
        case "\u{00BA}": MarkReplacement("\u{203A}", .other, length: 2)
        case "\u{00AC}": MarkReplacement("\u{20AC}", .other, length: 2)
        case "\u{00AA}": MarkReplacement("\u{202A}", .other, length: 2)
        case "\u{00A2}" where StrandedMarkContext.isLetter(previous): MarkReplacement("\u{2122}", .other, length: 2)
        case "\u{00A2}": MarkReplacement("\u{2022}", .bullet, length: 2)
        default: nil
        }
    }
}
