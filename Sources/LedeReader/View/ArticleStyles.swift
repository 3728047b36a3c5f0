import LedeKit

/// The styled spans of an article that never change while it is read: actor mentions,
/// quotations, repaired characters and the subdued bylines and datelines, indexed once for
/// lookup by offset.
struct ArticleStyles: Sendable {
    /// The actor role of each mention.
    let actors: RangeIndex<StyleRole>
    /// The index of each quotation, by its extent (marks included).
    let quotes: RangeIndex<Int>
    /// The characters Lede repaired.
    let repairs: RangeIndex<Void>
    /// The bylines and datelines: drawn subdued, as the page's details line is.
    let subdued: RangeIndex<Void>

    /// Indexes the spans of `analysis`.
    init(_ analysis: Analysis) {
        let actorIndex = Dictionary(uniqueKeysWithValues: analysis.lexicon.actors.enumerated().map { ($1.id, $0) })
        actors = RangeIndex(analysis.mentions.map { mention in
            (mention.range, StyleRole.actor(id: mention.actorID, index: actorIndex[mention.actorID] ?? 0))
        })
        quotes = RangeIndex(analysis.quotes.enumerated().map { ($1.extent, $0) })
        repairs = RangeIndex(analysis.repairs.map { ($0.range, ()) })
        subdued = RangeIndex(analysis.article.paragraphs.compactMap { paragraph in
            (paragraph.role == .byline ? paragraph.range : paragraph.dateline).map { ($0, ()) }
        })
    }
}
