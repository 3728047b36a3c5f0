/// A place in the article to come back to (a mark, `''`, the top of the screen across a
/// resize): the line at the top of the screen, as text, and the quote the reader was on.
///
/// A line is kept as the text offset it starts at, so that the place survives a new wrap
/// width; the blank line between two paragraphs starts where the next paragraph does, and
/// says so, so that coming back to it does not land one line off.
public struct ReadingPlace: Hashable, Sendable {
    /// The scalar offset the top line starts at.
    public var offset: Int
    /// Whether the top line is the blank line before the paragraph at `offset`.
    public var onBlankLine: Bool
    /// The quote the reader was on (an index into the analysis's quotes), if any.
    public var quote: Int?

    /// Creates a place.
    public init(offset: Int, onBlankLine: Bool = false, quote: Int? = nil) {
        self.offset = offset
        self.onBlankLine = onBlankLine
        self.quote = quote
    }
}

extension ArticleLayout {
    /// The place of line `index` (the first line when there is none), with `quote`.
    func place(ofLine index: Int, quote: Int?) -> ReadingPlace {
        guard lines.indices.contains(index) else { return ReadingPlace(offset: 0, quote: quote) }
        return ReadingPlace(offset: lines[index].range.lowerBound, onBlankLine: lines[index].role == .blank, quote: quote)
    }

    /// The line `place` stands for in this layout.
    func line(of place: ReadingPlace) -> Int {
        let index = lineIndex(containing: place.offset)
        return place.onBlankLine && index > 0 && lines[index - 1].role == .blank ? index - 1 : index
    }
}
