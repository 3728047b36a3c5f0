/// Repairs the lone "â" left where UTF-8 punctuation (’ “ ” – — …) was read as Latin-1 and
/// its C1 control characters dropped, following text-repair.md.
///
/// A document is repaired only when ``StrandedMarkGate`` finds it shows the damage; otherwise it
/// is returned unchanged. Each mark is then replaced by the character its context shows it stood
/// for; a mark no rule explains is kept.
public enum StrandedMarkRepair {
    /// Repairs the stranded marks in `text`, returning the repaired text and each replacement.
    ///
    /// Quotation state resets at every line end: each line is a paragraph, and one set between
    /// dashes a subhead (``FramedSubhead``). When the gate admits a damaged text, every mark in it
    /// is repaired and no longer sequence was cut short, `damage(repair(text).text)` gives `text` back.
    public static func repair(_ text: String) -> RepairedText {
        var text = text
        guard !text.withUTF8(StrandedMarkGate.staysShut) else { return RepairedText(text: text, repairs: []) }
        let input = Array(text.unicodeScalars)
        guard StrandedMarkGate.admits(input) else { return RepairedText(text: text, repairs: []) }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var repairs: [TextRepair] = []
        let spacedDash = SpacedDash.replacement(in: input)
        let style = QuotationStyle.of(input)
        var quotes = QuoteNesting(headline: OpeningHeadline.isPresent(in: input), style: style)
        var index = input.startIndex
        while index < input.endIndex {
            let scalar = input[index]
            if scalar == "\n" {
                let line = input[(index + 1)...].prefix { $0 != "\n" }
                quotes = QuoteNesting(headline: FramedSubhead.isPresent(in: line), style: style)
            }
            if scalar == "'" { passStraightQuote(before: output[...], after: input[(index + 1)...], quotes: &quotes) }
            if scalar == "\"" { quotes.passStraightDoubleQuote(opening: output.last.map(StrandedMarkContext.isBlank) ?? true) }
            let following = input[(index + 1)...]
            let found = scalar == StrandedMark.scalar
                ? replacement(before: output[...], after: following, spacedDash: spacedDash, quotes: &quotes)
                : Latin1Sequence.replacement(lead: scalar, followedBy: following)
            guard let replacement = found else {
                output.append(scalar)
                index += 1
                continue
            }
            let original = input[index..<(index + replacement.length)]
            repairs.append(
                TextRepair(
                    range: output.count..<(output.count + 1),
                    original: string(original),
                    replacement: String(replacement.scalar),
                    kind: replacement.kind
                )
            )
            output.append(replacement.scalar)
            index += replacement.length
        }
        return RepairedText(text: string(output), repairs: repairs)
    }

    /// What the mark between `before` and `after` stood for; a function of its own so that
    /// the context no longer shares `output`'s storage when the caller appends to it.
    private static func replacement(
        before: ArraySlice<Unicode.Scalar>, after: ArraySlice<Unicode.Scalar>, spacedDash: MarkReplacement,
        quotes: inout QuoteNesting
    ) -> MarkReplacement? {
        StrandedMarkRules.replacement(
            in: StrandedMarkContext(before: before, after: after), spacedDash: spacedDash, quotes: &quotes
        )
    }

    /// Closes an open single quotation in `quotes` at a straight single quotation mark between
    /// `before` and `after` that ends a word or follows a sentence's punctuation; opens one at a
    /// straight mark before a letter at the start of a word inside a double quotation.
    private static func passStraightQuote(
        before: ArraySlice<Unicode.Scalar>, after: ArraySlice<Unicode.Scalar>, quotes: inout QuoteNesting
    ) {
        let context = StrandedMarkContext(before: before, after: after)
        if StrandedMarkRules.closesQuotation(context) {
            quotes.closeSingleByStraightQuote()
        } else if context.previous.map(StrandedMarkContext.isBlank) ?? true, StrandedMarkContext.isLetter(context.next) {
            quotes.openSingleByStraightQuote()
        }
    }

    /// The string made of `scalars`.
    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
