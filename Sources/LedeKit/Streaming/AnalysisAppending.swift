/// Joining the analyses of an article's chunks (``ArticleChunks``) into one, as the reader
/// does while it analyses a large file in the background.
///
/// Each chunk is analysed on its own, given only what the chunks before it built
/// (``Analyzer/analyze(bytes:explaining:people:names:titled:)`` with this analysis's
/// ``PersonActors/actorByName`` and ``names``): the people introduced with an actor (`Anna
/// Petrova, a spokeswoman for the Russian Foreign Ministry`), whose surname is that actor's
/// mention later too, and the tables of names, so that a speaker named by surname only later
/// (`Petrova said`) has the full name. The joined analysis still loses the rest of what
/// crosses a chunk boundary: a quotation continued from the previous chunk's speaker, what the
/// whole article's tables learn from text after a chunk (a gender, a role), and the title and
/// byline, which only the first chunk can have.
extension Analysis {
    /// Appends the analysis of the next chunk: its text after a blank line, its paragraphs
    /// (none a title or a byline), mentions, quotes and repairs moved to their place in the
    /// joined text. People named in both keep the actor of the first. `next` was analysed
    /// knowing this analysis's ``names``, so its names are those of the joined text.
    public mutating func append(_ next: Analysis) {
        names = next.names
        let shift = article.append(next.article)
        let paragraphShift = article.paragraphs.count - next.article.paragraphs.count
        repairs += next.repairs.map { repair in
            TextRepair(range: repair.range.shifted(by: shift), original: repair.original, replacement: repair.replacement, kind: repair.kind)
        }
        mentions += next.mentions.map { $0.shifted(by: shift) }
        quotes += next.quotes.map { $0.shifted(by: shift, paragraphs: paragraphShift) }
        people = PersonActors(
            actorByName: people.actorByName.merging(next.people.actorByName) { first, _ in first },
            mentions: people.mentions + next.people.mentions.map { $0.shifted(by: shift) })
    }
}

extension Article {
    /// Appends `next`'s text after a blank line and its paragraphs, as body paragraphs;
    /// returns the scalar offset `next`'s text starts at. The joined article is compact: its
    /// text kept once, as UTF-8 (``isCompact``).
    mutating func append(_ next: Article) -> Int {
        compact()
        if scalarCount > 0, next.scalarCount > 0 { appendCompact("\n\n") }
        let shift = scalarCount
        appendCompact(next.text)
        paragraphs += next.paragraphs.map { paragraph in
            Paragraph(range: paragraph.range.shifted(by: shift), role: .body, dateline: paragraph.dateline?.shifted(by: shift))
        }
        return shift
    }
}

extension PersonActors {
    /// People with these names and mentions.
    init(actorByName: [String: String], mentions: [Mention]) {
        self.actorByName = actorByName
        self.mentions = mentions
    }
}

extension Mention {
    /// The same mention `shift` scalars further on.
    func shifted(by shift: Int) -> Mention {
        Mention(actorID: actorID, range: range.shifted(by: shift))
    }
}

extension Quote {
    /// The same quote `shift` scalars and `paragraphs` paragraphs further on.
    func shifted(by shift: Int, paragraphs: Int) -> Quote {
        var quote = self
        quote.range = range.shifted(by: shift)
        quote.extent = extent.shifted(by: shift)
        quote.paragraphIndex += paragraphs
        quote.attribution?.speakerRange = attribution?.speakerRange?.shifted(by: shift)
        return quote
    }
}

extension Range<Int> {
    /// The range `shift` further on.
    func shifted(by shift: Int) -> Range<Int> {
        lowerBound + shift..<upperBound + shift
    }
}
