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
/// whole article's tables learn from text after a chunk (a gender, a role), and the title,
/// byline and dateline, which only the first chunk can have.
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
        // In place: a copy of the people's mentions per chunk would cost the whole list again
        // each time, and hold it twice at once.
        people.actorByName.merge(next.people.actorByName) { first, _ in first }
        people.mentions += next.people.mentions.map { $0.shifted(by: shift) }
    }
}

extension Article {
    /// Appends `next`'s text after a blank line and its paragraphs, as body paragraphs without
    /// a dateline (which only the start of an article has);
    /// returns the scalar offset `next`'s text starts at. The joined article is compact: its
    /// text kept once, as UTF-8 (``isCompact``).
    mutating func append(_ next: Article) -> Int {
        compact()
        let separator = Self.separator(after: self, before: next)
        if !separator.isEmpty { appendCompact(separator) }
        let shift = scalarCount
        appendCompact(next.text)
        paragraphs += next.paragraphs.map { paragraph in
            Paragraph(range: paragraph.range.shifted(by: shift), role: .body)
        }
        return shift
    }
}

extension Article {
    /// What stands between the text of `joined` and the text of `next` appended to it: a blank
    /// line, or nothing when either is empty or `joined` ends in a blank line already (a chunk
    /// ends after the blank line it was cut at, so that the chunks' texts joined are the whole
    /// text).
    static func separator(after joined: Article, before next: Article) -> String {
        guard joined.scalarCount > 0, next.scalarCount > 0 else { return "" }
        let tail = joined.scalars(in: max(0, joined.scalarCount - Self.blankTail)..<joined.scalarCount)
        let white = tail.reversed().prefix { [" ", "\t", "\r", "\n"].contains($0) }
        return white.count { $0 == "\n" } >= 2 ? "" : "\n\n"
    }

    /// How many scalars at the end of a text are looked at for a blank line.
    private static let blankTail = 16
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
