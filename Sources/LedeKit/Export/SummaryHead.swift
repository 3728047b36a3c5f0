/// The head of `lede analyze`'s summary — the file, the title, what a web page says of its
/// article, the paragraphs, the encoding, the repairs, the mentions and the number of quotes —
/// tallied over one analysis or over the analyses of an article's chunks in order, so that the
/// head of a large article is known without holding it whole.
struct SummaryHead {
    /// The file named on the first line.
    let file: String
    /// The title, from the first analysis.
    private var title: String?
    /// What a web page says of its article, from the first analysis.
    private var page = PageMetadata()
    /// The encoding the text was read as, from the first analysis.
    private var encoding: String?
    /// The body paragraphs so far.
    private var bodyParagraphs = 0
    /// The characters repaired so far, by kind in order of first appearance.
    private var repairs: [(kind: String, count: Int)] = []
    /// The mentions so far of each actor, in lexicon order.
    private var mentions: [(name: String, count: Int)] = []
    /// The quotes so far.
    private var quotes = 0

    /// Nothing tallied yet, for `file`.
    init(file: String) {
        self.file = file
    }

    /// Tallies `analysis`, the article's next part (the first gives the title, the page and
    /// the encoding).
    mutating func add(_ analysis: Analysis) {
        if encoding == nil {
            title = analysis.article.title.map { analysis.article[$0.range] }
            page = analysis.page
            encoding = analysis.page.encoding ?? analysis.encoding.rawValue
            mentions = analysis.mentionCounts.map { ($0.actor.name, 0) }
            bodyParagraphs = analysis.article.paragraphs.count { $0.role == .body }
        } else {
            // A later part's paragraphs are all body, as ``Analysis/append(_:)`` joins them.
            bodyParagraphs += analysis.article.paragraphs.count
        }
        for repair in analysis.repairs {
            if let index = repairs.firstIndex(where: { $0.kind == repair.kind.rawValue }) {
                repairs[index].count += 1
            } else {
                repairs.append((repair.kind.rawValue, 1))
            }
        }
        for (index, entry) in analysis.mentionCounts.enumerated() { mentions[index].count += entry.count }
        quotes += analysis.quotes.count
    }

    /// The head's lines (unescaped yet).
    var lines: [String] {
        var lines = [file]
        if let title { lines.append("  title: \(title)") }
        for (label, value) in [("site", page.site), ("byline", page.byline), ("published", page.published)] {
            if let value { lines.append("  \(label): \(value)") }
        }
        let read = DisplayEscaping.escaped(encoding ?? SourceEncoding.utf8.rawValue)
        lines.append("  \(CountedNoun.text(bodyParagraphs, "paragraph")), read as \(read), \(repairSummary)")
        lines.append("  mentions: " + mentions.map { "\($0.name) \($0.count)" }.joined(separator: ", "))
        lines.append("  quotes: \(quotes)")
        return lines
    }

    /// `18 characters repaired (apostrophe 7, …)`, kinds in order of first appearance.
    private var repairSummary: String {
        let total = repairs.map(\.count).reduce(0, +)
        guard total > 0 else { return "nothing repaired" }
        let kinds = repairs.map { "\($0.kind) \($0.count)" }.joined(separator: ", ")
        return "\(CountedNoun.text(total, "character")) repaired (\(kinds))"
    }
}
