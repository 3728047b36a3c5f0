/// What a stranded mark stood for when no blank separates it from the words on either side, as
/// in `paranoia,âClinton`, `2012âsix`, `(D-NJ)âso` or `recordââthe`: a closing or opening
/// quotation mark, or an unspaced em dash.
enum GluedMark {
    private typealias Context = StrandedMarkContext

    /// Sentence punctuation after which a glued mark closes an open quotation or opens a new one.
    private static let sentencePunctuation: Set<Unicode.Scalar> = [".", ",", "!", "?", ";"]

    /// Closing marks after which a glued mark opens a quotation before a capital, else is a dash.
    private static let closingMarks: Set<Unicode.Scalar> = ["\u{201D}", "\u{2019}", ")", "]"]

    private static let emDash = MarkReplacement("\u{2014}", .dash)

    /// The character the glued mark in `context` stood for, updating `quotes`; nil when the mark
    /// is not glued between words in one of these ways.
    static func replacement(in context: StrandedMarkContext, quotes: inout QuoteNesting) -> MarkReplacement? {
        let previous = context.previous, next = context.next
        guard let previous, let next else { return nil }
        if next == StrandedMark.scalar {
            return Context.isLetter(previous) && !quotes.isOpen && opensAfterDash(context) ? emDash : nil
        }
        guard Context.isLetterOrDigit(next) else { return nil }
        if sentencePunctuation.contains(previous), Context.isLetter(next) {
            return quotes.close() ?? quotes.open()
        }
        if closingMarks.contains(previous) {
            return next.properties.isUppercase ? quotes.open() : emDash
        }
        return Context.isLetterOrDigit(previous) && Context.isDigit(previous) != Context.isDigit(next) ? emDash : nil
    }

    /// Whether the mark after the one in `context` is glued to a letter: a dash then an opening
    /// quotation mark (`record—“the`), when no quotation is open for the first to close.
    private static func opensAfterDash(_ context: StrandedMarkContext) -> Bool {
        Context.isLetter(context.after.dropFirst().first)
    }
}
