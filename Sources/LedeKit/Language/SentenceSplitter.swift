/// Finds sentence boundaries in a paragraph, without splitting inside a quotation.
public enum SentenceSplitter {
    /// The sentences of `scalars[range]` as scalar ranges, leading and trailing white space
    /// trimmed.
    ///
    /// A sentence ends after `.`, `!` or `?` (and any closing quote marks or brackets after
    /// it) when white space and then an upper-case letter, a digit or an opening quote mark
    /// follow (or, with no space, a full stop between a lower-case letter and a capitalised
    /// word: `said.Trump`), unless the full stop ends a known abbreviation, a single initial or
/// initials after a word (`George H.W. Bush`). Inside one
    /// of `quotations` (extents, marks included), a boundary is taken only where the
    /// quotation closes right after it, so a quoted sentence and its attribution (`“…,” she
    /// said.`) stay together.
    public static func sentences(in scalars: [Unicode.Scalar], range: Range<Int>, quotations: [Range<Int>] = []) -> [Range<Int>] {
        sentences(in: scalars, range: range, quotations: SortedRanges(quotations.filter { $0.overlaps(range) }))
    }

    /// The sentences of `scalars[range]`, with the quotations already sorted: linear in the
    /// length of the range, whatever the number of quotations.
    static func sentences(in scalars: [Unicode.Scalar], range: Range<Int>, quotations inside: SortedRanges) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            guard scalar == "." || scalar == "!" || scalar == "?" else {
                index += 1
                continue
            }
            var end = index + 1
            while end < range.upperBound,
                scalars[end].isDoubleQuoteMark || ")’'".unicodeScalars.contains(scalars[end])
            {
                end += 1
            }
            let quotation = inside.range(containing: index)
            let closesHere = quotation.map { $0.upperBound <= end } ?? true
            if closesHere, isBoundary(scalars, stopAt: index, after: end, limit: range.upperBound) {
                append(start..<end, to: &result, scalars: scalars)
                start = end
            }
            index = end
        }
        append(start..<range.upperBound, to: &result, scalars: scalars)
        return result
    }

    /// The longest word before a full stop that may be an abbreviation or initials.
    private static let maximumAbbreviationLength = 12

    private static func isBoundary(_ scalars: [Unicode.Scalar], stopAt: Int, after end: Int, limit: Int) -> Bool {
        // `said.Trump`: a full stop glued to the next sentence (`Tokenizer` splits it too).
        if end == stopAt + 1, Tokenizer.isGluedSentenceEnd(scalars, dot: stopAt, upperBound: limit) { return true }
        guard end < limit, scalars[end].isSpace else { return end >= limit }
        var next = end
        while next < limit, scalars[next].isSpace { next += 1 }
        guard next < limit else { return true }
        let following = scalars[next]
        guard following.properties.isUppercase || following.properties.numericType != nil
            || following.isDoubleQuoteMark || "'‘`([".unicodeScalars.contains(following)
        else { return false }
        guard scalars[stopAt] == "." else { return true }
        // Abbreviations are short: the walk back stops after a few letters, so a long run of
        // letters and dots costs no more than a short one.
        var wordStart = stopAt
        let earliest = max(0, stopAt - maximumAbbreviationLength)
        while wordStart > earliest, scalars[wordStart - 1].isWordCharacter || scalars[wordStart - 1] == "." {
            wordStart -= 1
        }
        guard wordStart > earliest || earliest == 0 else { return true }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<stopAt])).lowercased()
        if word.count == 1, word.unicodeScalars.first!.properties.isAlphabetic { return false }
        if WordLists.abbreviations.contains(word) { return false }
        // `George H.W. Bush`, `said J.M. Berger`: initials after a word are inside a name (after
        // a comma they may close a place: `Trenton, N.J.`).
        return !(isInitials(word) && wordStart >= 2 && scalars[wordStart - 1] == " " && scalars[wordStart - 2].isWordCharacter)
    }

    /// Whether `word` is two or more single letters joined by dots (`h.w`, `j.m`).
    private static func isInitials(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }

    private static func append(_ range: Range<Int>, to result: inout [Range<Int>], scalars: [Unicode.Scalar]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].isSpace { lower += 1 }
        while upper > lower, scalars[upper - 1].isSpace { upper -= 1 }
        if lower < upper { result.append(lower..<upper) }
    }
}
