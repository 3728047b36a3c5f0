/// A UTF-8 sequence of a document with stranded marks, which the same damage read as Latin-1:
/// its lead byte survived as a letter, its continuation bytes 0xA0–0xBF as signs, and those
/// 0x80–0x9F were dropped.
///
/// A whole sequence of three or four bytes is decoded ("ï»£" is ﻣ). One cut short cannot be:
/// an emoji starts F0 9F, so 🙂 (F0 9F 99 82) leaves a lone "ð" and 🏳 (F0 9F 8F B3) "ð³";
/// "≥" (E2 89 A5) leaves "â¥"; "É" (C3 89) and the Arabic sukun (D9 92) a lone "Ã" and "Ù". The
/// sequence becomes one U+FFFD, which keeps the text's length in characters — but "ï¸" is U+FE0F,
/// the variation selector after an emoji. Left as it was, a lead would read as mojibake with the
/// next replacement character, one character for two. Whole two-byte sequences ("Ã©") are left to
/// ``MojibakeRepair``, and so is a two-byte lead before a blank ("voilÃ le": à whose no-break
/// space became a space).
enum Latin1Sequence {
    /// The four-byte lead ð (F0), which every emoji starts with. The leads F1–F4 (ñ ò ó ô) are
    /// letters of real text and planes no article uses, so they do not count.
    static let fourByteLead: Unicode.Scalar = "\u{00F0}"

    /// Whether `scalar` is the lead byte of a two-byte sequence read as Latin-1 (Â–ß).
    static func isTwoByteLead(_ scalar: Unicode.Scalar) -> Bool {
        (0xC2...0xDF).contains(scalar.value)
    }

    /// Whether `scalar` is the lead byte of a three-byte sequence read as Latin-1 (à–ï).
    static func isThreeByteLead(_ scalar: Unicode.Scalar) -> Bool {
        (0xE0...0xEF).contains(scalar.value)
    }

    /// The character the sequence of `lead` and the start of `following` stood for, and its
    /// length in damaged scalars; nil when they make no sequence this type repairs. A two-byte lead
    /// needs its continuation byte lost, a three-byte lead at least one of two surviving (with none
    /// it is a letter), a four-byte lead nothing more.
    static func replacement(lead: Unicode.Scalar, followedBy following: ArraySlice<Unicode.Scalar>) -> MarkReplacement? {
        let width: Int
        switch lead.value {
        case 0xC2...0xDF:
            let next = following.first
            let isCut = next.map { !StrandedMark.isSurvivingByte($0) && !StrandedMarkContext.isBlank($0) } ?? true
            return isCut ? MarkReplacement("\u{FFFD}", .mojibake) : nil
        case 0xE0...0xEF: width = 3
        case fourByteLead.value: width = 4
        default: return nil
        }
        let continuations = following.prefix(width - 1).prefix(while: StrandedMark.isSurvivingByte)
        if continuations.count == width - 1 {
            return decoded(lead: lead, continuations: continuations).map { MarkReplacement($0, .mojibake, length: width) }
        }
        if width == 3 && continuations.isEmpty { return nil }
        let selector = lead == "\u{00EF}" && continuations.elementsEqual(["\u{00B8}"])
        return MarkReplacement(selector ? "\u{FE0F}" : "\u{FFFD}", .mojibake, length: 1 + continuations.count)
    }

    /// The character that `lead` and its `continuations`, all bytes read as Latin-1, encode; nil
    /// when they encode none (an overlong form or a surrogate).
    private static func decoded(lead: Unicode.Scalar, continuations: ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
        let bits = continuations.reduce(lead.value & (lead == fourByteLead ? 0x07 : 0x0F)) { $0 << 6 | $1.value & 0x3F }
        let least: UInt32 = continuations.count == 3 ? 0x10000 : 0x800
        return bits >= least ? Unicode.Scalar(bits) : nil
    }
}
