/// A run of characters that, written in a legacy code page, gives the bytes of one UTF-8 character:
/// "Ã©" in Windows-1252 is C3 A9, which is é.
struct MojibakeSequence {
    /// Where the run lies in the text.
    let range: Range<Int>
    /// The character the bytes stand for; U+FFFD when one of them was lost.
    let decoded: Unicode.Scalar
    /// The first byte, which tells the length.
    let lead: UInt8
    /// The second byte; nil when it was lost.
    let second: UInt8?
    /// Whether the last byte is a space standing for 0xA0: a no-break space turned into a space.
    let endsWithSpace: Bool
    /// Whether a byte was lost: replaced by U+FFFD or "?".
    let isLossy: Bool
    /// Whether a byte was replaced by "?" (as opposed to U+FFFD).
    let hasQuestionMark: Bool
    /// How many continuation bytes are still there.
    let keptContinuations: Int

    /// The sequence starting at `index` of `text` in `page`; nil when there is none.
    static func at(_ index: Int, in text: [Unicode.Scalar], page: LegacyCodePage) -> MojibakeSequence? {
        guard text[index].value >= 0x80, let lead = page.byte(for: text[index]), (0xC2...0xF4).contains(lead) else {
            return nil
        }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= text.count else { return nil }
        // The continuation bytes; 0 stands for a lost byte.
        var continuations: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var endsWithSpace = false, isLossy = false, hasQuestionMark = false, kept = 0
        for offset in 1..<length {
            let scalar = text[index + offset]
            var byte: UInt8 = 0
            if scalar.value >= 0x80, let read = page.byte(for: scalar), (0x80...0xBF).contains(read) {
                byte = read
                kept += 1
            } else if scalar == " ", page.readsA0AsNoBreakSpace, offset == length - 1, !isLossy,
                index == 0 || !MojibakeCharacter.kind(text[index - 1]).isLetter
            {
                // Only at the start of a word: "мі " inside a word is letters and a space.
                byte = 0xA0
                endsWithSpace = true
            } else if scalar == "\u{FFFD}" || scalar == "?" {
                isLossy = true
                hasQuestionMark = hasQuestionMark || scalar == "?"
            } else {
                return nil
            }
            switch offset {
            case 1: continuations.0 = byte
            case 2: continuations.1 = byte
            default: continuations.2 = byte
            }
        }
        let second: UInt8? = continuations.0 == 0 ? nil : continuations.0
        if let second, !secondByteRange(after: lead).contains(second) {
            let third: UInt8? = continuations.1 == 0 ? nil : continuations.1
            return lead == 0xED ? surrogatePair(at: index, in: text, page: page, second: second, third: third) : nil
        }
        var decoded: Unicode.Scalar = "\u{FFFD}"
        if !isLossy {
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            value = value << 6 | UInt32(continuations.0 & 0x3F)
            if length > 2 { value = value << 6 | UInt32(continuations.1 & 0x3F) }
            if length > 3 { value = value << 6 | UInt32(continuations.2 & 0x3F) }
            decoded = Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        return MojibakeSequence(
            range: index..<(index + length), decoded: decoded, lead: lead, second: second,
            endsWithSpace: endsWithSpace, isLossy: isLossy, hasQuestionMark: hasQuestionMark, keptContinuations: kept)
    }

    /// The sequences of `text` in `page`, grouped into clusters of sequences that follow one another directly.
    static func clusters(in text: [Unicode.Scalar], page: LegacyCodePage) -> [[MojibakeSequence]] {
        var clusters: [[MojibakeSequence]] = []
        var index = 0
        while index < text.count {
            guard text[index].value >= 0x80, let sequence = at(index, in: text, page: page) else {
                index += 1
                continue
            }
            if let last = clusters.last?.last, last.range.upperBound == index {
                clusters[clusters.count - 1].append(sequence)
            } else {
                clusters.append([sequence])
            }
            index = sequence.range.upperBound
        }
        return clusters
    }

    /// The bytes that may follow `lead` in well-formed UTF-8 (no overlong forms, no surrogates).
    private static func secondByteRange(after lead: UInt8) -> ClosedRange<UInt8> {
        switch lead {
        case 0xE0: 0xA0...0xBF
        case 0xED: 0x80...0x9F
        case 0xF0: 0x90...0xBF
        case 0xF4: 0x80...0x8F
        default: 0x80...0xBF
        }
    }

    /// A character beyond U+FFFF written as two UTF-8-encoded surrogates (CESU-8, as Java and
    /// old MySQL write it): ED A0–AF xx ED B0–BF xx.
    private static func surrogatePair(
        at index: Int, in text: [Unicode.Scalar], page: LegacyCodePage, second: UInt8, third: UInt8?
    ) -> MojibakeSequence? {
        guard (0xA0...0xAF).contains(second), let third, index + 6 <= text.count,
            page.byte(for: text[index + 3]) == 0xED,
            let fifth = page.byte(for: text[index + 4]), (0xB0...0xBF).contains(fifth),
            let sixth = page.byte(for: text[index + 5]), (0x80...0xBF).contains(sixth)
        else { return nil }
        let high = 0xD000 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
        let low = 0xD000 | UInt32(fifth & 0x3F) << 6 | UInt32(sixth & 0x3F)
        guard let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) else { return nil }
        return MojibakeSequence(
            range: index..<(index + 6), decoded: scalar, lead: 0xED, second: second, endsWithSpace: false,
            isLossy: false, hasQuestionMark: false, keptContinuations: 5)
    }
}
