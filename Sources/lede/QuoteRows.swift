import LedeKit
import LedeReader

/// The quotes of one article as rows of plain fields: what `lede quotes` prints in every
/// format.
struct QuoteRow: Equatable {
    /// The quoted words, without their marks.
    var text: String
    /// The marks the article opens and closes the quotation with (`‘` and `’`, `"` and `"`;
    /// none at the end of one left unclosed).
    var opening: String, closing: String
    /// Full or partial.
    var kind: Quote.Kind
    /// The speaker as the article names them there (`the minister`), or `nil`.
    var speaker: String?
    /// The speaker's resolved name (`Sergei Lavrov`), or `nil`.
    var speakerName: String?
    /// The actor's id (`russia`), or `nil`.
    var actorID: String?
    /// The actor's name (`Russia`), or `nil`.
    var actorName: String?
    /// The actor's place in the lexicon, for its palette colour.
    var actorIndex: Int
    /// Unicode scalar offsets of the quoted words in the article's text, half-open.
    var range: Range<Int>

    /// The rows of `analysis`, in text order.
    static func rows(of analysis: Analysis) -> [QuoteRow] {
        let actors = analysis.lexicon.actors
        return analysis.quotes.map { quote in
            let attribution = quote.attribution
            let index = attribution?.actorID.flatMap { id in actors.firstIndex { $0.id == id } }
            let marks = quote.marks(in: analysis.article)
            return QuoteRow(
                text: analysis.article[quote.range], opening: marks.opening, closing: marks.closing, kind: quote.kind, speaker: attribution?.speaker,
                speakerName: attribution?.speakerName, actorID: attribution?.actorID,
                actorName: index.map { actors[$0].name }, actorIndex: index ?? 0, range: quote.range)
        }
    }
}
