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

    /// Where the line's text starts and ends, as 32-bit scalar offsets: a line takes 12 bytes
    /// rather than 24 (a 100 MB article has a million and a half lines). An article of 4 G
    /// scalars or more (a file of 4 GB, read with `--max-size` raised that far) stops here.
    private var start, end: UInt32
    /// The line's role.
    public var role: Role

    /// Unicode scalar offsets of the line's text in the article (empty for a blank line).
    public var range: Range<Int> {
        get { Int(start)..<Int(end) }
        set {
            start = UInt32(newValue.lowerBound)
            end = UInt32(newValue.upperBound)
        }
    }

    /// Creates a layout line.
    public init(range: Range<Int>, role: Role) {
        start = UInt32(range.lowerBound)
        end = UInt32(range.upperBound)
        self.role = role
    }
}
