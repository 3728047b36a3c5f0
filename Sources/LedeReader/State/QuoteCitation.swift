import LedeKit

/// A quote as it is copied: `“…” — Sergei Lavrov, Russia’s foreign minister`.
///
/// The speaker's name, then the words that name them in the article when those say more
/// (not a pronoun, not the name again). A very long quotation is cut with `…`, so that a
/// terminal's clipboard limit is not reached.
enum QuoteCitation {
    /// The longest quotation copied, in characters.
    static let maximumLength = 4_000

    /// The citation of `quote` in `article`.
    static func text(of quote: Quote, in article: Article) -> String {
        var words = article[quote.range]
        if words.count > maximumLength { words = String(words.prefix(maximumLength)) + "…" }
        let cited = "“\(words)”"
        guard let attribution = quote.attribution else { return cited }
        let phrase = attribution.speaker
        let saysMore = phrase != attribution.speakerName && phrase.contains(" ")
            && !attribution.speakerName.contains(phrase)
        return cited + " — " + attribution.speakerName + (saysMore ? ", \(phrase)" : "")
    }
}
