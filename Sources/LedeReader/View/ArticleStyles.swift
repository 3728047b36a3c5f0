import LedeKit

/// The styled spans of an article that never change while it is read: actor mentions,
/// quotations, repaired characters and the subdued bylines and datelines, indexed once for
/// lookup by offset (and extended as the chunks of a large article arrive).
struct ArticleStyles: Sendable {
    /// The actor role of each mention.
    private(set) var actors = RangeIndex<StyleRole>([])
    /// The index of each quotation, by its extent (marks included).
    private(set) var quotes = RangeIndex<Int>([])
    /// The characters Lede repaired.
    private(set) var repairs = RangeIndex<Void>([])
    /// The bylines and datelines: drawn subdued, as the page's details line is.
    private(set) var subdued = RangeIndex<Void>([])
    /// The paragraphs indexed so far.
    private var paragraphs = 0

    /// Indexes the spans of `analysis`.
    init(_ analysis: Analysis) {
        append(analysis)
    }

    /// Indexes the spans `analysis` has beyond those indexed already (its text having grown
    /// since).
    mutating func append(_ analysis: Analysis) {
        let actorIndex = Dictionary(uniqueKeysWithValues: analysis.lexicon.actors.enumerated().map { ($1.id, $0) })
        actors.append(analysis.mentions[actors.count...].lazy.map { mention in
            (mention.range, StyleRole.actor(id: mention.actorID, index: actorIndex[mention.actorID] ?? 0))
        })
        quotes.append(analysis.quotes.indices[quotes.count...].lazy.map { (analysis.quotes[$0].extent, $0) })
        repairs.append(analysis.repairs[repairs.count...].lazy.map { ($0.range, ()) })
        subdued.append(analysis.article.paragraphs[paragraphs...].lazy.compactMap { paragraph in
            (paragraph.role == .byline ? paragraph.range : paragraph.dateline).map { ($0, ()) }
        })
        paragraphs = analysis.article.paragraphs.count
    }
}
