/// One screen line of the laid-out article.
public struct LayoutLine: Hashable, Sendable {
    /// What the line shows.
    public enum Role: Hashable, Sendable {
        /// A line of the title.
        case title
        /// A line of a body paragraph.
        case body
        /// The empty line between paragraphs.
        case blank
    }

    /// Unicode scalar offsets of the line's text in the article (empty for a blank line).
    public var range: Range<Int>
    /// The line's role.
    public var role: Role
    /// The paragraph the line belongs to (for a blank line, the paragraph before it).
    public var paragraphIndex: Int

    /// Creates a layout line.
    public init(range: Range<Int>, role: Role, paragraphIndex: Int) {
        self.range = range
        self.role = role
        self.paragraphIndex = paragraphIndex
    }
}
