import Algorithms

/// A repaired article: its text and its paragraph structure.
///
/// All positions are Unicode scalar offsets into ``text``, half-open, so that the same
/// numbers work in Swift (`unicodeScalars`), in Python (`text[start:end]`) and in JSON.
public struct Article: Sendable {
    /// The whole repaired text.
    public internal(set) var text: String
    /// The text as an array of scalars, for offset arithmetic.
    public internal(set) var scalars: [Unicode.Scalar]
    /// The paragraphs in order; the title, when there is one, is the first.
    public internal(set) var paragraphs: [Paragraph]

    /// Creates an article from text and its paragraphs.
    public init(text: String, paragraphs: [Paragraph]) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.paragraphs = paragraphs
    }

    /// The title paragraph, if the article has one.
    public var title: Paragraph? {
        paragraphs.first { $0.role == .title }
    }

    /// The text of the scalars in `range`.
    public subscript(range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// The index of the paragraph containing the scalar offset `offset`, if any.
    public func paragraphIndex(containing offset: Int) -> Int? {
        let index = paragraphs.partitioningIndex { $0.range.upperBound > offset }
        return index < paragraphs.count && paragraphs[index].range.contains(offset) ? index : nil
    }
}
