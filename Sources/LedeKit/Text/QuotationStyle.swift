/// The quotation marks a document's language writes, which the stranded marks no longer show:
/// English “…” with ‘…’ inside, German „…“ with ‚…‘ inside.
struct QuotationStyle: Equatable {
    /// The marks that open and close a double quotation.
    let openingDouble: Unicode.Scalar, closingDouble: Unicode.Scalar
    /// The marks that open and close a single quotation.
    let openingSingle: Unicode.Scalar, closingSingle: Unicode.Scalar

    /// “…” and ‘…’.
    static let english = QuotationStyle(
        openingDouble: "\u{201C}", closingDouble: "\u{201D}", openingSingle: "\u{2018}", closingSingle: "\u{2019}"
    )
    /// „…“ and ‚…‘.
    static let german = QuotationStyle(
        openingDouble: "\u{201E}", closingDouble: "\u{201C}", openingSingle: "\u{201A}", closingSingle: "\u{2018}"
    )

    /// The style of `scalars`, a damaged document: German when more of its words are German words
    /// of a closed class (`und`, `nicht`, `der`) than English ones (`the`, `and`, `of`), and at
    /// least ``leastWords`` are; otherwise English. The count stops at ``sampledWords`` words of
    /// either list, which a long text reaches early.
    static func of(_ scalars: [Unicode.Scalar]) -> QuotationStyle {
        var german = 0, english = 0
        var word = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index <= scalars.endIndex, german + english < sampledWords {
            defer { index += 1 }
            // The end of the text ends the last word, as a blank does.
            if index < scalars.endIndex, StrandedMarkContext.isLetter(scalars[index]) {
                if word.count <= longestWord { word.append(scalars[index]) }
                continue
            }
            guard !word.isEmpty else { continue }
            if word.count <= longestWord {
                let lowered = String(word).lowercased()
                if WordLists.germanClosedClassWords.contains(lowered) { german += 1 }
                if WordLists.englishClosedClassWords.contains(lowered) { english += 1 }
            }
            word = String.UnicodeScalarView()
        }
        return german >= leastWords && german > english ? .german : .english
    }

    /// How many German words a German document holds at least.
    static let leastWords = 5

    /// How many words of either list are counted at most.
    static let sampledWords = 1000

    /// The longest word of either list, so that longer words are not looked up.
    private static let longestWord = (WordLists.germanClosedClassWords.words.union(WordLists.englishClosedClassWords.words))
        .map(\.unicodeScalars.count).max() ?? 0
}
