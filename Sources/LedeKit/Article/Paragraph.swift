/// One paragraph of an article: its place in the text and what it is.
public struct Paragraph: Hashable, Sendable {
    /// What a paragraph is in the article's structure.
    public enum Role: String, Hashable, Sendable, Codable {
        /// The headline.
        case title
        /// A paragraph of the body.
        case body
    }

    /// Unicode scalar offsets of the paragraph in the article text, without surrounding
    /// white space.
    public var range: Range<Int>
    /// The paragraph's role.
    public var role: Role

    /// Creates a paragraph.
    public init(range: Range<Int>, role: Role) {
        self.range = range
        self.role = role
    }
}
