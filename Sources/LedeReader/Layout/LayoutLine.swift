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
    /// Columns left blank before the line's text: a list item's wrapped lines hang under its
    /// text, past its bullet or number (the line still takes 12 bytes).
    public var indent: UInt8

    /// Unicode scalar offsets of the line's text in the article (empty for a blank line).
    public var range: Range<Int> {
        get { Int(start)..<Int(end) }
        set {
            start = UInt32(newValue.lowerBound)
            end = UInt32(newValue.upperBound)
        }
    }

    /// Creates a layout line, `indent` columns in.
    public init(range: Range<Int>, role: Role, indent: Int = 0) {
        start = UInt32(range.lowerBound)
        end = UInt32(range.upperBound)
        self.role = role
        self.indent = UInt8(clamping: indent)
    }
}
