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
        /// The line under a web page's title that says its site, byline and date: no part of
        /// the text (its range is empty, at the title's end).
        case details
    }

    /// Unicode scalar offsets of the line's text in the article (empty for a blank line).
    public var range: Range<Int>
    /// The line's role.
    public var role: Role

    /// Creates a layout line.
    public init(range: Range<Int>, role: Role) {
        self.range = range
        self.role = role
    }
}
