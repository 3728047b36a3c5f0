/// Decides whether a whole document shows stranded-mark damage, so that its "â" may be repaired.
///
/// Damage turns a real "â" into "Ã¢", never a lone "â", so in a damaged document every lone "â"
/// is a stranded mark. A document is admitted only when nothing beyond ASCII appears except
/// stranded marks and the bytes surviving after them (no curly quotes, no other Latin-1 letters),
/// and the marks show the damage: one of them spaced, between digits, a surviving pair, an English
/// contraction or possessive (don’t, I’m, Assad’s, they’re), or two that end words.
/// Correct French, Portuguese, Romanian or Turkish text (château, România, hâlâ) is left alone.
enum StrandedMarkGate {
    private typealias Context = StrandedMarkContext

    /// Endings after a letter that only an English contraction or possessive gives:
    /// Assad’s, I’d, they’re, we’ve, she’ll.
    private static let telltaleEndings: Set<String> = ["s", "d", "re", "ve", "ll"]

    /// Whether the gate is sure to stay shut for the text of UTF-8 `bytes`, seen on the bytes
    /// alone: without a stranded mark (C3 A2), or with a character beyond U+00FF (a lead byte
    /// from C4 on), which ``holdsOnlyAsciiAndStrandedMarks(_:)`` never lets through.
    static func staysShut(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var hasMark = false
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0xC4 { return true }
            if byte == 0xC3, index + 1 < bytes.count, bytes[index + 1] == 0xA2 { hasMark = true }
        }
        return !hasMark
    }

    /// Whether the document `scalars` may have its stranded marks repaired.
    static func admits(_ scalars: [Unicode.Scalar]) -> Bool {
        guard holdsOnlyAsciiAndStrandedMarks(scalars) else { return false }
        var wordEndingMarks = 0
        for index in scalars.indices where scalars[index] == StrandedMark.scalar {
            let context = Context(before: scalars[..<index], after: scalars[(index + 1)...])
            if showsDamage(context) { return true }
            if endsWord(context) { wordEndingMarks += 1 }
            if wordEndingMarks >= 2 { return true }
        }
        return false
    }

    /// Whether every scalar beyond ASCII is a stranded mark, a byte surviving right after one,
    /// part of a two-byte sequence read as Latin-1 whose second byte survived, or of a longer one,
    /// whole or cut short by the damage (``Latin1Sequence``).
    ///
    /// UTF-8 read as Latin-1 turns a no-break space (C2 A0) into "Â" and U+00A0, and "é"
    /// (C3 A9) into "Ã©", in the same pass that strands the marks: an article with a no-break
    /// space shows both kinds of damage, and both must be repaired.
    private static func holdsOnlyAsciiAndStrandedMarks(_ scalars: [Unicode.Scalar]) -> Bool {
        var previous: Unicode.Scalar?
        for (index, scalar) in scalars.enumerated() {
            defer { previous = scalar }
            if scalar.isASCII || scalar == StrandedMark.scalar { continue }
            if previous == StrandedMark.scalar, StrandedMark.isSurvivingByte(scalar) { continue }
            if StrandedMark.isSurvivingByte(scalar), let previous,
                Latin1Sequence.isTwoByteLead(previous) || Latin1Sequence.isThreeByteLead(previous)
                    || previous == Latin1Sequence.fourByteLead || StrandedMark.isSurvivingByte(previous)
            {
                continue
            }
            // A capital Latin-1 letter stands for a lead byte even when the byte after it was a
            // C1 control and is gone ("ą", C4 85, leaves "Ä"); small accented letters, which
            // real French or Turkish text has, keep the gate shut.
            if Latin1Sequence.isTwoByteLead(scalar) { continue }
            // A longer sequence, whole or cut short ("ï»¿", "ð", "ï¸").
            if Latin1Sequence.replacement(lead: scalar, followedBy: scalars[(index + 1)...]) != nil { continue }
            return false
        }
        return true
    }

    /// Whether the mark in `context` can only be damage.
    private static func showsDamage(_ context: StrandedMarkContext) -> Bool {
        let previous = context.previous, next = context.next
        if let byte = context.survivingByte {
            return StrandedMark.replacement(pairedWith: byte, after: previous) != nil
        }
        let startsWord = previous == nil || Context.isBlank(previous)
        let endsWord = next == nil || Context.isBlank(next)
        // A mark standing alone (`â at last`, a line opening `â The`), after a figure (`2016â
        // Colorado`) or before a lone "s" (`NPR âs`): no word of any language is written so.
        if startsWord && endsWord || Context.isDigit(previous) && (endsWord || Context.isDigit(next)) {
            return true
        }
        if startsWord && context.followingWord == "s" && !Context.isLetter(context.after.dropFirst().first) {
            return true
        }
        // A closing mark after a sentence's punctuation (`genocide.â`, `name,â Clinton`), and an
        // opening one before a capital at the start of a word (`âI think`): no word of any
        // language is written so.
        if let previous, ".,!?;:".unicodeScalars.contains(previous), next == nil || Context.isBlank(next) {
            return true
        }
        if previous == nil || Context.isBlank(previous), let next, next.properties.isUppercase, next.isASCII {
            return true
        }
        guard Context.isLetter(previous) else { return false }
        let ending = context.followingWord
        return telltaleEndings.contains(ending)
            || ending == "t" && (previous == "n" || previous == "N")
            || ending == "m" && context.precedingWord.elementsEqual(["I"])
    }

    /// Whether the mark in `context` ends a word that no other mark joins, as a closing quotation mark does.
    private static func endsWord(_ context: StrandedMarkContext) -> Bool {
        let next = context.next
        return Context.isLetter(context.previous)
            && (next == nil || Context.isBlank(next) || Context.isPunctuation(next))
            && !context.precedingWordIsJoined
    }
}
