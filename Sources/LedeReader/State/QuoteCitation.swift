import LedeKit

/// A quote as it is copied: `“…” — Sergei Lavrov, Russia’s foreign minister`.
///
/// The speaker's name, then the words that name them in the article when those say more
/// (not a pronoun, not the name's own words again: `the official` after `A Syrian military
/// official`). A very long quotation is cut with `…`, so that a terminal's clipboard limit is
/// not reached.
enum QuoteCitation {
    /// The longest quotation copied, in characters.
    static let maximumLength = 4_000

    /// The citation of `quote` in `article`.
    static func text(of quote: Quote, in article: Article) -> String {
        var quotation = article[quote.range]
        if quotation.count > maximumLength { quotation = String(quotation.prefix(maximumLength)) + "…" }
        let cited = "“\(quotation)”"
        guard let attribution = quote.attribution else { return cited }
        let phrase = attribution.speaker
        let saysMore = phrase.contains(" ") && !contentWords(of: phrase).subtracting(contentWords(of: attribution.speakerName)).isEmpty
        return cited + " — " + attribution.speakerName + (saysMore ? ", \(phrase)" : "")
    }

    /// Articles that add nothing to a description.
    private static let articles: Set<String> = ["a", "an", "the"]

    /// The lower-cased words of `text`, without articles.
    private static func contentWords(of text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)).subtracting(articles)
    }
}
