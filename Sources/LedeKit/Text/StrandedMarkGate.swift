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

    /// Whether every scalar beyond ASCII is a stranded mark or a byte surviving right after one.
    private static func holdsOnlyAsciiAndStrandedMarks(_ scalars: [Unicode.Scalar]) -> Bool {
        zip([nil] + scalars, scalars).allSatisfy { previous, scalar in
            scalar.isASCII || scalar == StrandedMark.scalar
                || previous == StrandedMark.scalar && StrandedMark.isSurvivingByte(scalar)
        }
    }

    /// Whether the mark in `context` can only be damage.
    private static func showsDamage(_ context: StrandedMarkContext) -> Bool {
        let previous = context.previous, next = context.next
        if let next, StrandedMark.isSurvivingByte(next) {
            return StrandedMark.replacement(pairedWith: next, after: previous) != nil
        }
        if Context.isBlank(previous) && Context.isBlank(next) || Context.isDigit(previous) && Context.isDigit(next) {
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
